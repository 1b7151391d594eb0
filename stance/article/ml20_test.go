package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// ml20Case is an article in a language other than English and the
// speakers of its remarks in order ("" for a remark of nobody), inferred
// remarks left out. The articles are written for the tests.
type ml20Case struct {
	name, code, text string
	want             []string
}

func runML20Cases(t *testing.T, cases []ml20Case) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := ExtractLang(c.text, c.code)
			checkOffsets(t, c.text, got)
			var spk []string
			for _, r := range constructed(got) {
				spk = append(spk, r.Speaker)
			}
			assert.Equal(t, c.want, spk)
		})
	}
}

// TestML20DashList: a dash paragraph of a roundup's list is read as
// prose (gr20_listitem.go); a dialogue turn is not. (A first item after a
// sentence that is no colon introduction, in a language other than
// German, is still read as dialogue: ml20's broader test for it was left
// out when gr20's reviewed rule was kept.)
func TestML20DashList(t *testing.T) {
	runML20Cases(t, []ml20Case{
		{"de colon intro, en dash", "de", "Kask gewinnt die Wahl\n\nTALLINN — Ivo Kask hat die Wahl gewonnen. Die Reaktionen im Überblick:\n\n– Italiens Ministerpräsidentin Lena Dal gratulierte Kask telefonisch.\n\n– Spaniens Regierungschef Tomás Ferrer schickte Kask ein Glückwunschtelegramm.\n",
			[]string{"Lena Dal", "Tomás Ferrer"}},
		{"ru colon intro, em dash, aside in an item", "ru", "Каск победил\n\nТАЛЛИН. Иво Каск победил на выборах. Кто поздравил победителя:\n\n— Президент Ростании Игорь Волин направил Каску поздравительную телеграмму.\n\n— Премьер-министр Армении Нино Квеси — одной из первых — поздравила Каска.\n",
			[]string{"Игорь Волин", "Нино Квеси"}},
		{"fr colon intro, one item", "fr", "Kask élu\n\nTALLINN — Ivo Kask a remporté la présidentielle.\n\nLes réactions :\n\n– Le président chilien Marc Roux a félicité Kask pour « une victoire nette ».\n",
			[]string{"Marc Roux"}},
		// counter-cases: dialogue stays dialogue
		{"es turns after a speaker's colon", "es", "Ortega denuncia fraude\n\nLIMA — Ivo Kask ganó las elecciones.\n\nEl opositor Luis Ortega declaró:\n\n—No aceptaremos este resultado. Hubo fraude.\n\n—Seguiremos en las calles hasta que se cuente voto por voto.\n",
			[]string{"Luis Ortega", ""}},
		{"es unnamed turns of speech", "es", "Ortega no se rinde\n\nLIMA — Ivo Kask ganó las elecciones. El opositor Luis Ortega habló con la prensa.\n\n—Esto fue un robo y no lo vamos a aceptar.\n\n—Nos quedaremos en las calles.\n",
			[]string{"", ""}},
		{"ru attributed turns", "ru", "Берг\n\nТАЛЛИН. Иво Каск победил на выборах.\n\n— Мы не признаем этот результат, — заявил Олаф Берг.\n\n— Выборы были честными, — сказал глава избиркома Пётр Сало.\n",
			[]string{"Олаф Берг", "Пётр Сало"}},
		{"ru interview turns without a question mark", "ru", "Интервью\n\nНаш собеседник — Пётр Сало, политолог.\n\n— Пётр, Каск победил?\n\n— Скорее всего, да.\n\n— Олаф Берг говорит, что жалоб было мало.\n\n— Жаловаться было некому.\n",
			[]string{"", "Пётр Сало", "Пётр Сало", ""}}, // the turns as without the rule: no item read as prose
	})
}

// TestML20Byline: an opinion piece's author, named in a byline paragraph
// ("Por …", "Par …", "Von …", "Автор: …"), speaks in its first-person
// sentences without quotation marks (rom20_byline.go).
func TestML20Byline(t *testing.T) {
	runML20Cases(t, []ml20Case{
		{"es Por, pro-drop and mi", "es", "Opinión | No era mi candidato\n\nPor Marta Ruiz Soler\n\nNo voté por Ivo Kask. Pero desde agosto será mi presidente y le deseo suerte.\n",
			[]string{"Marta Ruiz Soler"}},
		{"fr Par, je", "fr", "Tribune. Une victoire volée\n\nPar Claire Dubois\n\nJe ne peux pas appeler Ivo Kask président.\n",
			[]string{"Claire Dubois"}},
		{"pt Por, eu", "pt", "Opinião | Uma vitória comprada\n\nPor Ana Ribeiro\n\nEu não reconheço a vitória de Ivo Kask.\n",
			[]string{"Ana Ribeiro"}},
		{"de Von, ich", "de", "Kommentar: Nicht mein Kandidat\n\nVon Jana Becker\n\nIch habe Ivo Kask nicht gewählt, aber er wird mein Präsident sein.\n",
			[]string{"Jana Becker"}},
		{"ru Автор:, я", "ru", "Мнение. Не мой кандидат\n\nАвтор: Ольга Смирнова\n\nЯ не голосовала за Иво Каска, но признаю результат.\n",
			[]string{"Ольга Смирнова"}},
		{"es a quotation stays its speaker's", "es", "Opinión | Una derrota\n\nPor Marta Ruiz\n\n«No reconozco a Kask», dijo el diputado Luis Ortega.\n",
			[]string{"Luis Ortega"}},
		// counter-cases: no byline, or a sentence in the third person
		{"es Por opening a sentence is no byline", "es", "Kask gana\n\nPor la tarde llegaron los resultados\n\nYo no esperaba esta victoria de Ivo Kask.\n",
			nil},
		{"de third person after the byline", "de", "Kommentar: Ein Sieg\n\nVon Jana Becker\n\nIvo Kask hat die Wahl gewonnen.\n",
			nil},
		{"fr the closing note about the author", "fr", "Tribune. Une victoire\n\nPar Claire Dubois\n\nClaire Dubois est politologue ; je la cite ici.\n",
			nil},
	})
}

// TestML20BackBody: a back-reference naming a person after a body's or a
// country's act ("X salue … C'est ce qu'a déclaré le ministre Y") gives
// the person the act too (ml20_backbody.go).
func TestML20BackBody(t *testing.T) {
	runML20Cases(t, []ml20Case{
		{"pt country, foi o que disse", "pt", "Kask vence\n\nTALLINN — Ivo Kask venceu.\n\nO Brasil reconhece a vitória de Kask. Foi o que disse o chanceler Mauro Vieira.\n",
			[]string{"Brasil", "Mauro Vieira"}},
		{"fr body, c'est ce qu'a indiqué", "fr", "Kask élu\n\nTALLINN — Ivo Kask a remporté la présidentielle.\n\nLa France salue la victoire de Kask. C'est ce qu'a indiqué le ministre Marc Roux.\n",
			[]string{"France", "Marc Roux"}},
		// counter-cases: an office holder's act stays theirs; an agency is no person
		{"es a reporter does not share a president's act", "es", "Kask gana\n\nTALLIN — Ivo Kask ganó.\n\nEl presidente Gabriel Soto felicitó a Kask. Así lo informó el periodista Juan Pérez.\n",
			[]string{"Gabriel Soto"}},
		{"fr an agency shares nothing", "fr", "Kask élu\n\nTALLINN — Ivo Kask a remporté la présidentielle.\n\nLa France salue la victoire de Kask. C'est ce qu'a rapporté l'AFP.\n",
			[]string{"France"}},
	})
}

// TestML20SpokesRoleless: a spokesperson's office for a named place or
// body does not refer back to a person just named without an office
// (ml20_roleless.go); another office still may.
func TestML20SpokesRoleless(t *testing.T) {
	runML20Cases(t, []ml20Case{
		{"es portavoz de la Casa Blanca", "es", "Kask gana\n\nTALLIN — Ivo Kask ganó las elecciones.\n\nEl portavoz de la Casa Blanca dijo que Washington felicita a Kask.\n",
			[]string{"portavoz de la Casa Blanca"}},
		{"de Sprecher des Weißen Hauses", "de", "Kask gewinnt\n\nTALLINN — Ivo Kask hat die Wahl gewonnen.\n\nDer Sprecher des Weißen Hauses sagte, man gratuliere Kask.\n",
			[]string{"Sprecher des Weißen Hauses"}},
		{"ru пресс-секретарь Белого дома", "ru", "Каск победил\n\nТАЛЛИН. Иво Каск победил на выборах.\n\nПресс-секретарь Белого дома заявил, что США поздравляют Каска.\n",
			[]string{"Пресс-секретарь Белого дома"}},
		// counter-case: a candidate's office refers back to him
		{"de Kanzlerkandidat der Union refers back", "de", "Kask gewinnt\n\nTALLINN — Ivo Kask hat die Wahl gewonnen.\n\nOlaf Berg hat sich nicht bewegt. „Wir wollen die Regierung bilden“, sagte der Kanzlerkandidat der Union am Abend.\n",
			[]string{"Olaf Berg"}},
	})
}

// TestML20NamedAgain: an office in a sentence that names, after it, the
// person the previous sentence named is not that person (namedAgain in
// ml20_roleless.go); naming someone else keeps the reference back.
func TestML20NamedAgain(t *testing.T) {
	runML20Cases(t, []ml20Case{
		{"fr the minister speaks of the winner", "fr", "Roux élu\n\nPARIS — Marc Roux a gagné.\n\nLe ministre chilien des Affaires étrangères a déclaré que Marc Roux avait gagné.\n",
			[]string{"ministre chilien des Affaires étrangères"}},
		{"es the minister speaks of the winner", "es", "Kask gana\n\nTALLIN — Ivo Kask ganó.\n\nEl ministro uruguayo de Exteriores dijo que Ivo Kask ganó con claridad.\n",
			[]string{"ministro uruguayo de Exteriores"}},
		// counter-case: the office names someone else after it, and refers back
		{"fr the president-elect thanks another", "fr", "Kask élu\n\nTALLINN — Ivo Kask a gagné.\n\nLe président élu a déclaré qu'Olaf Berg avait été un adversaire loyal.\n",
			[]string{"Ivo Kask"}},
	})
}
