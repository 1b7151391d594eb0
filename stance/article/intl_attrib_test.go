package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestExtractLangOfficeAliases: an office named by a periphrasis ("le chef
// de l'État", "глава государства", "der Staatschef") refers back to the
// person named with the office it stands for. Sentences written for the
// test.
func TestExtractLangOfficeAliases(t *testing.T) {
	runLangCases(t, []langCase{
		{"es jefe de Estado", "es", "El presidente tarsio, Luis Parra, habló el lunes en la capital. El jefe de Estado dijo que respetará el resultado de las urnas.",
			[]langRemark{{Reported, "Luis Parra", "respetará el resultado de las urnas"}}},
		{"fr chef de la diplomatie", "fr", "Le ministre des Affaires étrangères, Jean Dumas, était à Rome. Le chef de la diplomatie a estimé que le scrutin était crédible.",
			[]langRemark{{Reported, "Jean Dumas", "le scrutin était crédible"}}},
		{"ru глава государства", "ru", "Президент Ростании Игорь Волин выступил в понедельник. Глава государства заявил, что итоги выборов были сфальсифицированы.",
			[]langRemark{{Reported, "Игорь Волин", "итоги выборов были сфальсифицированы"}}},
		{"pt chefe de Estado", "pt", "O presidente ostriano, Rui Mota, falou na segunda-feira. O chefe de Estado afirmou que respeita o resultado das urnas.",
			[]langRemark{{Reported, "Rui Mota", "respeita o resultado das urnas"}}},
		{"pt mandatário", "pt", "O presidente ostriano, Rui Mota, falou na segunda-feira. O mandatário afirmou que respeita o resultado das urnas.",
			[]langRemark{{Reported, "Rui Mota", "respeita o resultado das urnas"}}},
		{"de Staatschef", "de", "Der ostrische Präsident Jan Olk sprach am Montag. Der Staatschef sagte, das Ergebnis sei eindeutig und fair.",
			[]langRemark{{Reported, "Jan Olk", "das Ergebnis sei eindeutig und fair"}}},
		{"de Kremlchef", "de", "Präsident Jan Olk sprach am Montag. Der Kremlchef sagte, das Ergebnis sei eindeutig und fair.",
			[]langRemark{{Reported, "Jan Olk", "das Ergebnis sei eindeutig und fair"}}},
	})
}

// TestExtractLangBackAttribution: a sentence that names the source of the
// previous one ("Об этом заявил X", "Así lo afirmó X", "C'est ce qu'a
// déclaré X", "Foi o que afirmou X", "Das sagte X") makes it X's reported
// speech, or X's quotation when no attribution of its own named one.
// Sentences written for the test.
func TestExtractLangBackAttribution(t *testing.T) {
	runLangCases(t, []langCase{
		{"es así lo afirmó", "es", "Tarsia no reconocerá al nuevo gobierno. Así lo afirmó el canciller Tomás Vidal en una rueda de prensa.",
			[]langRemark{{Reported, "Tomás Vidal", "Tarsia no reconocerá al nuevo gobierno"}}},
		{"ru об этом заявил", "ru", "Ростания не признает итоги выборов. Об этом заявил глава МИД Олег Жарков.",
			[]langRemark{{Reported, "Олег Жарков", "Ростания не признает итоги выборов"}}},
		{"ru a quotation before об этом", "ru", "«Мы не признаем эти выборы». Об этом заявил глава МИД Олег Жарков.",
			[]langRemark{{Direct, "Олег Жарков", "Мы не признаем эти выборы"}}},
		{"fr c'est ce qu'a déclaré", "fr", "La Tarsie ne reconnaîtra pas le résultat. C'est ce qu'a déclaré le ministre Jean Dumas lundi.",
			[]langRemark{{Reported, "Jean Dumas", "La Tarsie ne reconnaîtra pas le résultat"}}},
		{"pt foi o que afirmou", "pt", "O Brasil não reconhecerá o resultado. Foi o que afirmou o chanceler Rui Mota nesta segunda-feira.",
			[]langRemark{{Reported, "Rui Mota", "O Brasil não reconhecerá o resultado"}}},
		{"de das sagte", "de", "Ostrien werde das Ergebnis nicht anerkennen. Das sagte Außenministerin Eva Lind am Montag.",
			[]langRemark{{Reported, "Eva Lind", "Ostrien werde das Ergebnis nicht anerkennen"}}},
		{"de das as an article is none", "de", "Ostrien werde das Ergebnis nicht anerkennen. Das Ergebnis sagte Außenministerin Eva Lind nichts.", nil},
		{"es a remark of its own stays", "es", "El presidente Luis Parra felicitó al ganador. Así lo informó la Cancillería tarsia.",
			[]langRemark{{Action, "Luis Parra", "felicitó al ganador"}}},
	})
}

// TestExtractLangSourceDocuments: a source that speaks through a document
// or its circle ("según un comunicado de la Cancillería", "как сообщила
// пресс-служба Кремля", "laut einer Erklärung des …") is the speaker of
// a clause with no speaker of its own; a clause whose subject acts keeps
// its actor, and the act ends before the attribution. Sentences written
// for the test.
func TestExtractLangSourceDocuments(t *testing.T) {
	runLangCases(t, []langCase{
		{"es según un comunicado de", "es", "Valmora no reconocerá los resultados, según un comunicado de la Cancillería valmoreña.",
			[]langRemark{{Reported, "Cancillería valmoreña", "Valmora no reconocerá los resultados"}}},
		{"es the actor keeps the act", "es", "El presidente tarsio, Luis Parra, felicitó a la ganadora, según un comunicado difundido por la Casa Blanca.",
			[]langRemark{{Action, "Luis Parra", "felicitó a la ganadora"}}},
		{"fr selon l'entourage de", "fr", "Selon l'entourage du président Paul Mbeki, le chef de l'État attend les résultats définitifs.",
			[]langRemark{{Reported, "Paul Mbeki", "le chef de l'État attend les résultats définitifs"}}},
		{"fr selon un communiqué de", "fr", "La Tarsie attend les résultats définitifs, selon un communiqué de l'Élysée.",
			[]langRemark{{Reported, "Élysée", "La Tarsie attend les résultats définitifs"}}},
		{"ru как сообщила пресс-служба", "ru", "Ростания признает итоги выборов, как сообщила пресс-служба Кремля.",
			[]langRemark{{Reported, "Кремль", "Ростания признает итоги выборов"}}},
		{"ru the actor keeps the act", "ru", "Президент Ростании Игорь Волин поздравил победителя, как сообщила пресс-служба Кремля.",
			[]langRemark{{Action, "Игорь Волин", "поздравил победителя"}}},
		{"ru как заявил opening", "ru", "Как заявил глава МИД Олег Жарков, Ростания признает итоги выборов.",
			[]langRemark{{Reported, "Олег Жарков", "Ростания признает итоги выборов"}}},
		{"pt segundo nota divulgada pelo", "pt", "O governo ostriano acompanha a apuração com atenção, segundo nota divulgada pelo Itamaraty.",
			[]langRemark{{Reported, "Itamaraty", "O governo ostriano acompanha a apuração com atenção"}}},
		{"de laut einer Erklärung des", "de", "Die Wahl sei frei und fair gewesen, laut einer Erklärung des Auswärtigen Amtes.",
			[]langRemark{{Reported, "Auswärtigen Amtes", "Die Wahl sei frei und fair gewesen"}}},
	})
}

// TestExtractLangMixedGermanMarks: „ closed by a straight " (typed on a
// keyboard), which still opens a quotation after a space. Sentences
// written for the test.
func TestExtractLangMixedGermanMarks(t *testing.T) {
	runLangCases(t, []langCase{
		{"de „…\" then an attribution", "de", "„Wir respektieren das Ergebnis der Wahl\", sagte der Kanzler Jan Olk am Abend.",
			[]langRemark{{Direct, "Jan Olk", "Wir respektieren das Ergebnis der Wahl"}}},
		{"de straight marks both sides", "de", "\"Wir respektieren das Ergebnis der Wahl\", sagte der Kanzler Jan Olk am Abend.",
			[]langRemark{{Direct, "Jan Olk", "Wir respektieren das Ergebnis der Wahl"}}},
		{"de „…“ still closes", "de", "„Wir respektieren das Ergebnis der Wahl“, sagte der Kanzler Jan Olk am Abend.",
			[]langRemark{{Direct, "Jan Olk", "Wir respektieren das Ergebnis der Wahl"}}},
	})
}

// TestExtractLangCallToCongratulate: a call (or a message) whose
// congratulation is in a purpose clause after a comma ("rief X an, um ihm
// zu gratulieren", "llamó a X, para felicitarla") is an act of
// congratulating; a comma before anything else ends the search. An
// adverb opening the sentence is no subject ("Ähnlich äußerte sich X:").
// Sentences written for the test.
func TestExtractLangCallToCongratulate(t *testing.T) {
	runLangCases(t, []langCase{
		{"de rief an, um zu gratulieren", "de", "Auch der ostrische Präsident Jan Olk rief den Regierungschef an, um ihm zu gratulieren.",
			[]langRemark{{Action, "Jan Olk", "rief den Regierungschef an, um ihm zu gratulieren"}}},
		{"de telefonierte … , um zu gratulieren", "de", "Kommissionspräsidentin Eva Lind telefonierte nach Angaben ihrer Sprecherin noch am Wahlabend mit dem Sieger, um ihm zu gratulieren.",
			[]langRemark{{Action, "Eva Lind", "telefonierte nach Angaben ihrer Sprecherin noch am Wahlabend mit dem Sieger, um ihm zu gratulieren"}}},
		{"es llamó, para felicitarla", "es", "El presidente tarsio, Luis Parra, llamó a la ganadora el domingo, para felicitarla por su victoria.",
			[]langRemark{{Action, "Luis Parra", "llamó a la ganadora el domingo, para felicitarla por su victoria"}}},
		{"fr a appelé, pour le féliciter", "fr", "Le président ostrien Paul Mbeki a appelé le vainqueur dimanche soir, pour le féliciter.",
			[]langRemark{{Action, "Paul Mbeki", "a appelé le vainqueur dimanche soir, pour le féliciter"}}},
		{"ru позвонил, чтобы поздравить", "ru", "Президент Ростании Игорь Волин позвонил победителю, чтобы поздравить его с избранием.",
			[]langRemark{{Action, "Игорь Волин", "позвонил победителю, чтобы поздравить его с избранием"}}},
		{"de a comma before another clause", "de", "Der ostrische Präsident Jan Olk rief die Bürger an, die dem Sieger gratulierten.", nil},
		{"de Ähnlich opening is no subject", "de", "Ähnlich äußerte sich Außenministerin Eva Lind: Der Weg nach Europa hänge von der Aufklärung ab.",
			[]langRemark{{Reported, "Eva Lind", "Der Weg nach Europa hänge von der Aufklärung ab"}}},
	})
}

// TestExtractLangPraiseActs: celebrating, praising, admitting and accepting
// are acts, and a roundup line may open with a country and a dash
// ("Ostria — X celebrou …"). Sentences written for the test.
func TestExtractLangPraiseActs(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt roundup line with a dash", "pt", "Ostria — Rui Mota celebrou a vitória do candidato eleito.",
			[]langRemark{{Action, "Rui Mota", "celebrou a vitória do candidato eleito"}}},
		{"pt elogiou", "pt", "O chanceler Rui Mota elogiou a organização do pleito.",
			[]langRemark{{Action, "Rui Mota", "elogiou a organização do pleito"}}},
		{"es admitió", "es", "El candidato Luis Parra admitió la derrota ante sus seguidores.",
			[]langRemark{{Action, "Luis Parra", "admitió la derrota ante sus seguidores"}}},
		{"fr a accepté", "fr", "Le candidat Paul Mbeki a accepté sa défaite dimanche soir.",
			[]langRemark{{Action, "Paul Mbeki", "a accepté sa défaite dimanche soir"}}},
		{"de würdigte", "de", "Der ostrische Präsident Jan Olk würdigte den friedlichen Verlauf der Wahl.",
			[]langRemark{{Action, "Jan Olk", "würdigte den friedlichen Verlauf der Wahl"}}},
		{"ru одобрил", "ru", "Президент Ростании Игорь Волин одобрил решение избирательной комиссии.",
			[]langRemark{{Action, "Игорь Волин", "одобрил решение избирательной комиссии"}}},
	})
}

// TestExtractLangFragmentInAct: a quotation in lower case inside an act
// that goes on with a second stance verb stays in the act's text, whose
// stance the whole clause gives; one that ends the act is a remark of
// its own. Sentences written for the test.
func TestExtractLangFragmentInAct(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt elogiou «…» e felicitou", "pt", "O chanceler Rui Mota elogiou o tribunal pela \"forma eficaz e transparente\" como conduziu o processo e felicitou o presidente eleito.",
			[]langRemark{{Action, "Rui Mota", "elogiou o tribunal pela \"forma eficaz e transparente\" como conduziu o processo e felicitou o presidente eleito"}}},
		{"es a quotation ending the act", "es", "El canciller Luis Parra felicitó a Ramírez por lo que calificó de «una victoria de todo el pueblo».",
			[]langRemark{{Action, "Luis Parra", "felicitó a Ramírez por lo que calificó de"}, {Direct, "Luis Parra", "una victoria de todo el pueblo"}}},
	})
}

// TestExtractLangRussianNewsForms: a title in quotation marks between a
// subject and its verb ("в интервью «Известиям» признал"), a
// congratulation sent with its subject, named in full, after the verb
// ("поздравление направил X"), and a clause attributed by a pronoun to
// the person just named ("X был резок: по его словам, …"; "selon lui").
// Sentences written for the test.
func TestExtractLangRussianNewsForms(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru title quote before the verb", "ru", "Кандидат Олег Жарков в интервью «Вестям» признал, что результат отражает волю большинства.",
			[]langRemark{{Reported, "Олег Жарков", "результат отражает волю большинства"}}},
		{"ru congratulation sent, subject after", "ru", "Вечером поздравление направил Ерлан Беков.",
			[]langRemark{{Action, "Ерлан Беков", "поздравление направил Ерлан Беков"}}},
		{"ru по его словам after a colon", "ru", "Бывший президент Игорь Волин был резок: по его словам, это украденная победа.",
			[]langRemark{{Reported, "Игорь Волин", "это украденная победа"}}},
		{"fr selon lui", "fr", "Le député Paul Mbeki ne décolère pas. Selon lui, le scrutin a été truqué.",
			[]langRemark{{Reported, "Paul Mbeki", "le scrutin a été truqué"}}},
		{"es no one named before", "es", "Según él, el proceso fue limpio y ordenado.", nil},
	})
}

// TestExtractLangOfficeComplement: a periphrasis with a further
// complement ("el jefe de la diplomacia de Lima") refers back as the
// periphrasis alone does; defending a claim reports it ("defendió que
// …"); "le leader de …" is an office. Sentences written for the test.
func TestExtractLangOfficeComplement(t *testing.T) {
	runLangCases(t, []langCase{
		{"es jefe de la diplomacia de X", "es", "El canciller tarsio, Luis Parra, ordenó el regreso del embajador. «No aceptaremos este resultado», escribió después el jefe de la diplomacia de Tarsia.",
			[]langRemark{{Direct, "Luis Parra", "No aceptaremos este resultado"}}},
		{"es defendió que", "es", "Su presidente, Luis Parra, defendió ante las cámaras que la tendencia era irreversible.",
			[]langRemark{{Reported, "Luis Parra", "la tendencia era irreversible"}}},
		{"pt defendeu que", "pt", "O presidente do tribunal, Rui Mota, defendeu que a apuração foi correta.",
			[]langRemark{{Reported, "Rui Mota", "a apuração foi correta"}}},
		{"fr le leader de", "fr", "Le ton était autre chez Paul Mbeki. Le leader de l'opposition a estimé que le scrutin était truqué.",
			[]langRemark{{Reported, "Paul Mbeki", "le scrutin était truqué"}}},
	})
}

// TestExtractLangLikeActors: a person compared to an act's actor after a
// comma ("tout comme Y", "al igual que Y", "так же как и Y") did the
// same. Sentences written for the test.
func TestExtractLangLikeActors(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr tout comme", "fr", "Le président ostrien, Paul Mbeki, a félicité le président élu, tout comme le chef de l'État tarsien, Jean Dumas.",
			[]langRemark{{Action, "Paul Mbeki", "a félicité le président élu, tout comme le chef de l'État tarsien, Jean Dumas"},
				{Action, "Jean Dumas", "a félicité le président élu, tout comme le chef de l'État tarsien, Jean Dumas"}}},
		{"es al igual que", "es", "El presidente tarsio, Luis Parra, felicitó a la ganadora, al igual que el canciller ostrio Pablo Rey.",
			[]langRemark{{Action, "Luis Parra", "felicitó a la ganadora, al igual que el canciller ostrio Pablo Rey"},
				{Action, "Pablo Rey", "felicitó a la ganadora, al igual que el canciller ostrio Pablo Rey"}}},
		{"es a place is no actor", "es", "El presidente tarsio, Luis Parra, felicitó a la ganadora, al igual que Tarsia.",
			[]langRemark{{Action, "Luis Parra", "felicitó a la ganadora, al igual que Tarsia"}}},
	})
}

// TestIntlExpertsOffTopic: analysts, economists and political scientists
// in each language, quoted on something other than the result, are
// commentators off the result: with their verbs ("résume", "напомнила",
// "cree que") and a complement after the name that is no apposed name
// ("…, da Universidade Federal, …"). Sentences written for the test.
func TestIntlExpertsOffTopic(t *testing.T) {
	cases := []struct {
		name, code, text, speaker string
	}{
		{"fr résume, analyste after", "fr", "« Les investisseurs veulent savoir qui sera ministre des Finances », résume Awa Diop, analyste chez un gestionnaire d'actifs.", "Awa Diop"},
		{"ru экономист напомнила", "ru", "Экономист Вера Сомова напомнила, что новым властям предстоит договариваться о цене на газ.", "Вера Сомова"},
		{"pt para o cientista político X, da Universidade", "pt", "Para o cientista político Rui Prado, da Universidade Federal, a vantagem foi construída no Nordeste.", "Rui Prado"},
		{"es la investigadora cree que", "es", "La investigadora del Instituto Valmor, Ana Gil, cree que la economía crecerá poco.", "Ana Gil"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Reader{Lang: c.code}.Analyze(c.text)
			assert.NotEmpty(t, res.Remarks)
			for _, a := range res.Remarks {
				assert.Equal(t, c.speaker, a.Speaker)
				assert.False(t, a.AboutResult)
			}
		})
	}
}

// TestArticleSetLangDev3Floor holds the scores on the third development
// set in five languages (corpus/articles/articles_lang_dev3.jsonl: 10
// articles, two a language, 88 gold speakers, 17 off-topic, written blind
// and rich in hard attribution constructions), read as
// TestArticleSetLangFloor reads its set. Measured with examples/article
// -eval (each language's model) before any rule was written reading it:
// 55 right, 67 found, 16 off-topic without a stance; after the rules of
// intl_attrib_test.go: 68, 83 and 16 (here, with the English default
// model: 52, 83 and 16). Floors: the figures here less 0.02.
func TestArticleSetLangDev3Floor(t *testing.T) {
	checkFloors(t, "../../corpus/articles/articles_lang_dev3.jsonl", 10, 0.591-0.02, 0.943-0.02, 0.941-0.02)
}

// TestExtractLangRecentHolder: an office after a quotation refers to the
// person just named with it (or a synonym) rather than to an earlier
// speaker with the same office; an auxiliary separated from its
// participle by an adverbial between commas keeps its subject ("X a, dans
// un communiqué, salué …"). Sentences written for the test.
func TestExtractLangRecentHolder(t *testing.T) {
	runLangCases(t, []langCase{
		{"es afirmó el presidente after el mandatario X", "es", "El presidente ostrio, Pablo Rey, felicitó a la ganadora. El mandatario tarsio, Luis Parra, habló más tarde en Lima. «Respetaremos el resultado de las urnas», afirmó el presidente.",
			[]langRemark{{Action, "Pablo Rey", "felicitó a la ganadora"}, {Direct, "Luis Parra", "Respetaremos el resultado de las urnas"}}},
		{"es another office is not the one meant", "es", "El presidente ostrio, Pablo Rey, felicitó a la ganadora. El canciller tarsio, Luis Parra, habló más tarde. «Respetaremos el resultado de las urnas», afirmó el presidente.",
			[]langRemark{{Action, "Pablo Rey", "felicitó a la ganadora"}, {Direct, "Pablo Rey", "Respetaremos el resultado de las urnas"}}},
		{"fr a, dans un communiqué, salué", "fr", "Le président Paul Mbeki a, dans un communiqué, salué le bon déroulement du scrutin.",
			[]langRemark{{Action, "Paul Mbeki", "salué le bon déroulement du scrutin"}}},
	})
}

// TestExtractLangGappedActors: a second subject whose verb is left out and
// marked by a dash ("X назвал выборы несвободными, Y — «…»") did the
// same; the quotation after the dash is theirs. Sentences written for
// the test.
func TestExtractLangGappedActors(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru gapped verb before a quotation", "ru", "Глава МИД Ростании Олег Жарков назвал выборы несвободными, министр иностранных дел Тарсии Иван Сомов — «псевдовыборами».",
			[]langRemark{{Action, "Олег Жарков", "назвал выборы несвободными, министр иностранных дел Тарсии Иван Сомов —"},
				{Action, "Иван Сомов", "назвал выборы несвободными, министр иностранных дел Тарсии Иван Сомов —"},
				{Direct, "Иван Сомов", "псевдовыборами"}}},
		{"ru gapped verb after а", "ru", "Глава МИД Ростании Олег Жарков назвал выборы несвободными, а министр иностранных дел Тарсии Иван Сомов — фарсом.",
			[]langRemark{{Action, "Олег Жарков", "назвал выборы несвободными, а министр иностранных дел Тарсии Иван Сомов — фарсом"},
				{Action, "Иван Сомов", "назвал выборы несвободными, а министр иностранных дел Тарсии Иван Сомов — фарсом"}}},
		{"ru no dash, no second actor", "ru", "Глава МИД Ростании Олег Жарков назвал выборы несвободными, министр иностранных дел Тарсии Иван Сомов промолчал.",
			[]langRemark{{Action, "Олег Жарков", "назвал выборы несвободными, министр иностранных дел Тарсии Иван Сомов промолчал"}}},
	})
}

// TestExtractLangRelativeSource: a quotation "said in" a document whose
// source a relative clause names ("«…», — говорится в заявлении, которое
// распространил X") is X's. Sentences written for the test.
func TestExtractLangRelativeSource(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru говорится в заявлении, которое распространил", "ru", "«Эти выборы не были свободными», — говорится в заявлении, которое от имени союза распространил верховный представитель Олег Жарков.",
			[]langRemark{{Direct, "Олег Жарков", "Эти выборы не были свободными"}}},
	})
}
