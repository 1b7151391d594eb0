package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// langCase is one sentence (or short text) and the remarks ExtractLang
// should find in it, as kind, speaker and text.
type langCase struct {
	name, code, text string
	want             []langRemark
}

type langRemark struct {
	kind          Kind
	speaker, text string
}

// runLangCases checks every case's remarks (kind, speaker, text) and
// offsets; inferred remarks are left out: the cases are of the
// constructions (TestIntlFallback tests the inference).
func runLangCases(t *testing.T, cases []langCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractLang(c.text, c.code)
			checkOffsets(t, c.text, got)
			var gotR []langRemark
			for _, r := range constructed(got) {
				gotR = append(gotR, langRemark{r.Kind, r.Speaker, r.Text})
			}
			assert.Equal(t, c.want, gotR)
		})
	}
}

// TestExtractLangOrder: subjects after the verb (Russian), congratulations
// sent, a subject that opens the sentence before a description or a
// second verb, names with particles and offices that head a genitive.
// Sentences written for the test.
func TestExtractLangOrder(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru subject after verb and object", "ru", "Одним из первых поздравил Гордеева президент Армении Артур Симонян.",
			[]langRemark{{Action, "Артур Симонян", "поздравил Гордеева президент Армении Артур Симонян"}}},
		{"ru senders listed after the verb", "ru", "Поздравления также направили президент Казахстана Ерлан Беков и премьер-министр Грузии Нино Квеси.",
			[]langRemark{{Action, "Ерлан Беков", "Поздравления также направили президент Казахстана Ерлан Беков и премьер-министр Грузии Нино Квеси"},
				{Action, "Нино Квеси", "Поздравления также направили президент Казахстана Ерлан Беков и премьер-министр Грузии Нино Квеси"}}},
		{"ru a name after the verb is its object", "ru", "Вчера поздравил Майю Лунгу весь кабинет.", nil},
		{"ru telegram sent", "ru", "Президент Ростании Игорь Волин направил Олегу Жаркову поздравительную телеграмму.",
			[]langRemark{{Action, "Игорь Волин", "направил Олегу Жаркову поздравительную телеграмму"}}},
		{"es congratulations sent", "es", "El presidente uruguayo, Martín Solís, envió sus felicitaciones al ganador.",
			[]langRemark{{Action, "Martín Solís", "envió sus felicitaciones al ganador"}}},
		{"de Glückwünsche geschickt", "de", "Auch Bundespräsidentin Anna Roth schickte Glückwünsche nach Washington.",
			[]langRemark{{Action, "Anna Roth", "schickte Glückwünsche nach Washington"}}},
		{"es description between commas", "es", "Tomás Ferrer, el alto funcionario del Departamento de Estado, dijo a periodistas que el cómputo no era creíble.",
			[]langRemark{{Reported, "Tomás Ferrer", "el cómputo no era creíble"}}},
		{"es second verb after y", "es", "Su secretario general, Luis Ortega, pidió calma y dijo que nada estaba cerrado.",
			[]langRemark{{Action, "Luis Ortega", "pidió calma"}, {Reported, "Luis Ortega", "nada estaba cerrado"}}}, // the act keeps its text (intl_secondsaying.go)
		{"ru relative clause before the verb", "ru", "Игорь Стоянов, которого поддержали социалисты, признал поражение уже утром.",
			[]langRemark{{Action, "Игорь Стоянов", "признал поражение уже утром"}}},
		{"ru colon subject far back", "ru", "Председатель комитета Совета Федерации по международным делам Павел Ковров, известный резкими оценками, иронизировал в блоге: «Страна, которая учила всех выборам, не может сосчитать голоса».",
			[]langRemark{{Direct, "Павел Ковров", "Страна, которая учила всех выборам, не может сосчитать голоса"}}},
		{"pt name with particle", "pt", "O Presidente português, Marcelo Santos de Lima, felicitou o vencedor.",
			[]langRemark{{Action, "Marcelo Santos de Lima", "felicitou o vencedor"}}},
		{"de van der", "de", "Bundespräsident Alexander Van der Berg dankte den Wählern. „Wir bleiben offen“, sagte Van der Berg.",
			[]langRemark{{Direct, "Alexander Van der Berg", "Wir bleiben offen"}}},
	})
}

// TestExtractLangBackReference: an office with a definite article refers
// back to the person named in full in the same or the previous sentence,
// unless that person was named with another office or an earlier speaker
// holds it; a quotation that ends a reported clause runs with it; the
// capitalised words after a joining word are the office's. Sentences
// written for the test.
func TestExtractLangBackReference(t *testing.T) {
	runLangCases(t, []langCase{
		{"es office after a name", "es", "En la otra orilla se situó Julián Prado, que no esperó al recuento. «Esto es un fraude», escribió el presidente argentino.",
			[]langRemark{{Direct, "Julián Prado", "Esto es un fraude"}}},
		{"fr another office is someone else", "fr", "« Nous ne céderons pas », a déclaré le chef de l’opposition, Marc Vidal.\n\nLe premier ministre a répondu : « Les règles ont été respectées. »",
			[]langRemark{{Direct, "Marc Vidal", "Nous ne céderons pas"}, {Direct, "premier ministre", "Les règles ont été respectées."}}},
		{"pt office after a name", "pt", "Mais revelador foi o recado de Rui Tavares Neto. O presidente brasileiro disse que trabalhará com o novo governo.",
			[]langRemark{{Reported, "Rui Tavares Neto", "trabalhará com o novo governo"}}},
		{"de office after a name", "de", "Hans Gruber räumte seine Niederlage am Abend ein. „Ich gratuliere dem Sieger“, schrieb der Parlamentspräsident.",
			[]langRemark{{Action, "Hans Gruber", "räumte seine Niederlage am Abend ein"}, {Direct, "Hans Gruber", "Ich gratuliere dem Sieger"}}},
		{"es another name of the office, the sentence's first person", "es", "El canciller venezolano, Yván Ruiz, anunció la retirada del personal de Argentina, Chile y República Dominicana.\n\n«El pueblo habló», afirmó el ministro en una alocución.",
			[]langRemark{{Action, "Yván Ruiz", "anunció la retirada del personal de Argentina, Chile y República Dominicana"}, {Direct, "Yván Ruiz", "El pueblo habló"}}},
		{"es office of a platform", "es", "El candidato de la Plataforma Unitaria aseguró que su ventaja es clara.",
			[]langRemark{{Reported, "candidato de la Plataforma Unitaria", "su ventaja es clara"}}},
	})
}

// TestExtractLangClauseQuoteRun: a quotation that ends a reported clause
// is a direct remark of the clause's speaker in one run with the clause,
// so the two are classified together.
func TestExtractLangClauseQuoteRun(t *testing.T) {
	text := "Марина Лосева написала, что итоги второго тура «нарисованы в чужих столицах»."
	got := ExtractLang(text, "ru")
	if assert.Len(t, got, 2) {
		assert.Equal(t, Reported, got[0].Kind)
		assert.Equal(t, Direct, got[1].Kind)
		assert.Equal(t, "Марина Лосева", got[1].Speaker)
		assert.Equal(t, 0, got[1].Run, "the quotation continues the clause")
	}
}

// TestExtractLangFrench: a capitalised demonym before a name, "laisse
// entendre que", an apposition whose name has a description of its own,
// and a second subject after "et" in a long sentence. Sentences written
// for the test.
func TestExtractLangFrench(t *testing.T) {
	runLangCases(t, []langCase{
		{"demonym before a name", "fr", "Le Sénégalais Amadou Ndiaye a félicité le vainqueur.",
			[]langRemark{{Action, "Amadou Ndiaye", "a félicité le vainqueur"}}},
		{"elided demonym", "fr", "L’Ougandais Paul Okello estime que le scrutin doit être vérifié.",
			[]langRemark{{Reported, "Paul Okello", "le scrutin doit être vérifié"}}},
		{"laisse entendre", "fr", "Le ministre belge des Affaires étrangères, Luc Vermeer, laisse entendre que les chiffres sont faux.",
			[]langRemark{{Reported, "Luc Vermeer", "les chiffres sont faux"}}},
		{"apposition with a description", "fr", "« Nous savons qui a gagné », déclare son secrétaire général, l’abbé Jean Mukendi.",
			[]langRemark{{Direct, "Jean Mukendi", "Nous savons qui a gagné"}}},
		{"a second subject after et", "fr", "L’ambassadeur figurait parmi les invités de M. Kouamé, et le ministre angolais des Relations extérieures, Rui Tavares, a déclaré que son pays s’en tenait à la décision.",
			[]langRemark{{Reported, "Rui Tavares", "son pays s’en tenait à la décision"}}},
	})
}

// TestExtractLangGerman: reported speech in the subjunctive before "sagte
// X" (no "dass"), a comma after a short adverbial or a particle, a party
// in parentheses after a name, a subordinate clause that ends with its
// verb, and a date's ordinal period. Sentences written for the test.
func TestExtractLangGerman(t *testing.T) {
	runLangCases(t, []langCase{
		{"Konjunktiv before sagte", "de", "Die Wahl sei weder frei noch fair gewesen, sagte Außenministerin Katrin Vogt in Berlin.",
			[]langRemark{{Reported, "Katrin Vogt", "Die Wahl sei weder frei noch fair gewesen"}}},
		{"a comma after an adverbial", "de", "Regierungssprecher Tom Berg sagte am Mittwoch, Glückwünsche seien nicht geplant.",
			[]langRemark{{Reported, "Tom Berg", "Glückwünsche seien nicht geplant"}}},
		{"ließ wissen", "de", "Aus dem Exil ließ Oppositionsführerin Vera Lind wissen, sie sehe sich als Siegerin.",
			[]langRemark{{Reported, "Vera Lind", "sie sehe sich als Siegerin"}}},
		{"party in parentheses", "de", "Bundeskanzler Karl Huber (SPÖ) gratulierte und sprach von einem guten Abend.",
			[]langRemark{{Action, "Karl Huber", "gratulierte und sprach von einem guten Abend"}}},
		{"subordinate clause", "de", "Als Präsident Igor Wolkow am Montag als einer der Ersten Olaf Brandt gratulierte, lag das Ergebnis noch nicht vor.",
			[]langRemark{{Action, "Igor Wolkow", "am Montag als einer der Ersten Olaf Brandt gratulierte"}}},
		{"laut with the verb second", "de", "Laut dem Abgeordneten Felix Roth ist es bei der Auszählung zu Unregelmäßigkeiten gekommen.",
			[]langRemark{{Reported, "Felix Roth", "ist es bei der Auszählung zu Unregelmäßigkeiten gekommen"}}},
		{"perfect with the subject after the auxiliary", "de", "Noch vor der Erklärung hatte der Landesparteisekretär Paul Gruber der Agentur gesagt, man werde den Montag abwarten.",
			[]langRemark{{Reported, "Paul Gruber", "man werde den Montag abwarten"}}},
		{"a complement after the name", "de", "Die Politologin Sabine Berg von der Universität Graz erklärte, die Stimmen würden am Montag gezählt.",
			[]langRemark{{Reported, "Sabine Berg", "die Stimmen würden am Montag gezählt"}}},
		{"von der inside a name", "de", "Kommissionspräsidentin Ursula von der Lind erklärte, sie freue sich auf die Zusammenarbeit.",
			[]langRemark{{Reported, "Ursula von der Lind", "sie freue sich auf die Zusammenarbeit"}}},
		{"a pronoun after the verb in second place", "de", "Präsident Jean Morel telefonierte am Abend mit Merz. Auf der Plattform X schrieb er, er freue sich auf die Zusammenarbeit.",
			[]langRemark{{Reported, "Jean Morel", "er freue sich auf die Zusammenarbeit"}}},
		{"ordinal date", "de", "Ministerin Anna Roth erklärte, sie sehe die Mehrheit vom 9. August als klar an.",
			[]langRemark{{Reported, "Anna Roth", "sie sehe die Mehrheit vom 9. August als klar an"}}},
		{"an adverbial before erklärte er is no clause", "de", "Vor Arbeitern eines Werks, die ihn ausgepfiffen hatten, erklärte Präsident Igor Wolkow, es habe eine Wahl gegeben.",
			[]langRemark{{Reported, "Igor Wolkow", "es habe eine Wahl gegeben"}}},
	})
}

// TestExtractLangAttribution: an attribution before a quotation in the
// next paragraph whose subject opens the sentence, "говорится в
// послании" (the message of the person just named), and a short
// adverbial between a subject and its verb. Texts written for the test.
func TestExtractLangAttribution(t *testing.T) {
	runLangCases(t, []langCase{
		{"es subject before a description, quotation next paragraph", "es", "Reacciones al recuento\n\nEl exministro Ramón Vidal, muy crítico con el proceso, afirmó en un acto público:\n\n«Esto no fue una elección limpia».",
			[]langRemark{{Direct, "Ramón Vidal", "Esto no fue una elección limpia"}}},
		{"ru говорится в послании", "ru", "Президент Ростании Павел Зорин направил поздравительную телеграмму. «Желаю успехов в работе», — говорится в послании.",
			[]langRemark{{Action, "Павел Зорин", "направил поздравительную телеграмму"}, {Direct, "Павел Зорин", "Желаю успехов в работе"}}},
		{"ru adverbial between subject and verb", "ru", "Депутат Олег Рябов в интервью радиостанции заявил: «Поздравлять пока некого».",
			[]langRemark{{Direct, "Олег Рябов", "Поздравлять пока некого"}}},
	})
}

// TestExtractLangInnerActor: a reported clause whose subject is a person
// who recognises (or will not) is that person's act too, with the same
// span; the reporter keeps the reported remark. A name in an oblique case
// after a verb is not registered as a speaker's name. Sentences written
// for the test.
func TestExtractLangInnerActor(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru по словам X, Y …", "ru", "По словам Олега Жаркова, Пётр Волин поздравлять Лунгу не планирует.",
			[]langRemark{{Reported, "Олег Жарков", "Пётр Волин поздравлять Лунгу не планирует"}, {Action, "Пётр Волин", "Пётр Волин поздравлять Лунгу не планирует"}}},
		{"es dijo que X felicitó", "es", "La portavoz Ana Ríos dijo que el presidente Luis Gil ya felicitó al ganador.",
			[]langRemark{{Reported, "Ana Ríos", "el presidente Luis Gil ya felicitó al ganador"}, {Action, "Luis Gil", "el presidente Luis Gil ya felicitó al ganador"}}},
		{"ru an object is not a speaker's name", "ru", "Президент Ростании Игорь Волин поздравил Майю Лунгу.\n\n«Победа честная», — сказала Лунгу.",
			[]langRemark{{Action, "Игорь Волин", "поздравил Майю Лунгу"}, {Direct, "Лунгу", "Победа честная"}}},
	})
	ctx := stance.Context{}
	assert.Equal(t, verdictNotRecognising, lexicons["ru"].actionVerdict(ctx, "Пётр Волин поздравлять Лунгу не планирует"), "a negation after the verb")
}

// TestExtractLangLists: subjects listed with their offices in apposition
// share a verb; a place in such a list is not a subject; a call made to
// congratulate and a greeting sent are acts. Sentences written for the
// test.
func TestExtractLangLists(t *testing.T) {
	span := "felicitaron al presidente electo"
	runLangCases(t, []langCase{
		{"es offices in apposition", "es", "El canciller chileno, Tomás Rey, el presidente del Gobierno, Pablo Ruiz, y el colombiano Iván Soto felicitaron al presidente electo.",
			[]langRemark{{Action, "Tomás Rey", span}, {Action, "Pablo Ruiz", span}, {Action, "Iván Soto", span}}},
		{"es called to congratulate", "es", "Desde Santiago, Gabriel Rojas llamó a Pérez para felicitarlo.",
			[]langRemark{{Action, "Gabriel Rojas", "llamó a Pérez para felicitarlo"}}},
		{"es greeting sent", "es", "El canciller cubano, Bruno Díaz, le envió un saludo en nombre de su gobierno.",
			[]langRemark{{Action, "Bruno Díaz", "le envió un saludo en nombre de su gobierno"}}},
	})
}

// TestExtractLangAmongList: a roundup's list of those among the first to
// recognise a result, each an act with the opening words as its text.
// Sentences written for the test.
func TestExtractLangAmongList(t *testing.T) {
	runLangCases(t, []langCase{
		{"es estuvieron", "es", "Entre los primeros en saludar al ganador estuvieron el presidente cubano, Mario Díaz, el boliviano Luis Ortiz y la hondureña Ana Castro.",
			[]langRemark{{Action, "Mario Díaz", "Entre los primeros en saludar al ganador"}, {Action, "Luis Ortiz", "Entre los primeros en saludar al ganador"}, {Action, "Ana Castro", "Entre los primeros en saludar al ganador"}}},
		{"ru dash", "ru", "Среди тех, кто поздравил Лунгу в первые часы, — председатель Еврокомиссии Анна Берг и президент Франции Жан Моро.",
			[]langRemark{{Action, "Анна Берг", "Среди тех, кто поздравил Лунгу в первые часы"}, {Action, "Жан Моро", "Среди тех, кто поздравил Лунгу в первые часы"}}},
		{"es among without recognition is nothing", "es", "Entre los asistentes estuvieron el presidente cubano, Mario Díaz, y el boliviano Luis Ortiz.", nil},
	})
}

// TestExtractLangMoreActs: a participle of congratulation after the
// subject's description, a verb of naming with its scare quote, a
// telegram sent, a Russian object before a negated verb, and a Russian
// list set off by dashes. Sentences written for the test.
func TestExtractLangMoreActs(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr participle", "fr", "Le président gabonais, Ali Mba, avait été le premier à réagir, félicitant son voisin.",
			[]langRemark{{Action, "Ali Mba", "félicitant son voisin"}}},
		{"ru naming verb keeps its scare quote", "ru", "Президент Ростании Игорь Волин назвал выборы «имитацией».",
			[]langRemark{{Action, "Игорь Волин", "назвал выборы «имитацией»"}}},
		{"ru similar telegrams sent", "ru", "Утром аналогичные телеграммы направили председатель КНР Ли Вэй и президент Киргизии Асан Тоголов.",
			[]langRemark{{Action, "Ли Вэй", "телеграммы направили председатель КНР Ли Вэй и президент Киргизии Асан Тоголов"}, {Action, "Асан Тоголов", "телеграммы направили председатель КНР Ли Вэй и президент Киргизии Асан Тоголов"}}},
		{"ru object before a negated verb", "ru", "Дональд Прайс поражения не признал.",
			[]langRemark{{Action, "Дональд Прайс", "поражения не признал"}}},
		{"ru list between dashes", "ru", "Соперники президента — коммунист Николай Харин и депутат Влад Данков — поздравили его ещё вечером.",
			[]langRemark{{Action, "Николай Харин", "поздравили его ещё вечером"}, {Action, "Влад Данков", "поздравили его ещё вечером"}}},
	})
}

// TestExtractLangFarSubject: a subject at the end of a long adverbial
// after the verb, and an opening subject past a scare quote before the
// second verb. Sentences written for the test.
func TestExtractLangFarSubject(t *testing.T) {
	runLangCases(t, []langCase{
		{"es subject after a long adverbial", "es", "«Ganamos y no lo pueden esconder», dijo ante cientos de simpatizantes en la plaza la líder opositora Carla Ruiz.",
			[]langRemark{{Direct, "Carla Ruiz", "Ganamos y no lo pueden esconder"}}},
		{"es to an agency is no speaker", "es", "«La regla viene de la Constitución», explicó a la AFP la jurista Carla Vaca.",
			[]langRemark{{Direct, "Carla Vaca", "La regla viene de la Constitución"}}}, // the subject after the addressee (ibero14_addressee.go)
		{"es agency then speaker", "es", "«El crudo no se mueve», explicó a EFE Rafael Quiroz, de la consultora Andina.",
			[]langRemark{{Direct, "Rafael Quiroz", "El crudo no se mueve"}}},
		{"es past a scare quote", "es", "Su secretario general, Luis Ortega, pidió “prudencia” y dijo que nada estaba cerrado.",
			[]langRemark{{Action, "Luis Ortega", "pidió “prudencia”"}, {Reported, "Luis Ortega", "nada estaba cerrado"}}},
	})
}

// TestExtractLangSentenceSubject: a quotation nothing attributes, inside
// a sentence opened by a person and their verb, is that person's; not
// when a speech verb of someone else's comes between. Sentences written
// for the test.
func TestExtractLangSentenceSubject(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr participle clause", "fr", "Le Sénégalais Amadou Ndiaye s’est montré plus direct encore, appelant M. Kouamé à « sortir par la grande porte ».",
			[]langRemark{{Direct, "Amadou Ndiaye", "sortir par la grande porte"}}},
		{"fr someone else's words", "fr", "Le Sénégalais Amadou Ndiaye a rappelé que son voisin avait promis « de sortir par la grande porte ».",
			[]langRemark{{Reported, "Amadou Ndiaye", "son voisin avait promis"}, {Direct, "Amadou Ndiaye", "de sortir par la grande porte"}}},
	})
}

// constructed drops the inferred remarks (intl_fallback.go) of rs.
func constructed(rs []Remark) []Remark {
	var out []Remark
	for _, r := range rs {
		if !r.Inferred {
			out = append(out, r)
		}
	}
	return out
}
