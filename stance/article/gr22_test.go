package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// gr22RunAll runs cases as runLangCases does, counting the remarks the
// fallback infers as well.
func gr22RunAll(t *testing.T, cases []langCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []langRemark
			for _, r := range ExtractLang(c.text, c.code) {
				got = append(got, langRemark{r.Kind, r.Speaker, r.Text})
			}
			assert.Equal(t, c.want, got)
		})
	}
}

// TestGr22OfficeFirst: a lower-case office before a name opens the name
// phrase, so the fallback for a sentence naming one person finds the
// person after "стал президент Ростании" (gr22_officefirst.go). Sentences
// written for the test.
func TestGr22OfficeFirst(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"ru стал президент X", "ru", "Одним из первых зарубежных лидеров, поздравивших победителя, стал президент Ростании Игорь Волин.",
			[]langRemark{{Reported, "Игорь Волин", "Одним из первых зарубежных лидеров, поздравивших победителя, стал"}}},
		{"ru был премьер-министр X", "ru", "Среди первых, кто поздравил победителя, был премьер-министр Норландии Лена Даль.",
			[]langRemark{{Reported, "Лена Даль", "Среди первых, кто поздравил победителя, был"}}},
		{"ru оказался глава МИД X", "ru", "Первым, кто поздравил нового президента, оказался глава МИД Ростании Игорь Волин.",
			[]langRemark{{Reported, "Игорь Волин", "Первым, кто поздравил нового президента, оказался"}}},
		// counter-case: the name after a preposition is no subject
		{"ru без президента X", "ru", "Встреча прошла без президента Ростании Игоря Волина.", nil},
	})
}

// TestGr22OfficeAliasAdjective: an office periphrasis with an adjective
// between its head and its complement ("глава ростанского государства")
// refers back as the periphrasis without it does (intl.go aliasOffice).
// Sentences written for the test.
func TestGr22OfficeAliasAdjective(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"ru глава ростанского государства заявил", "ru", "Президент Ростании Игорь Волин выступил в понедельник. Глава ростанского государства заявил, что выборы были честными.",
			[]langRemark{{Reported, "Игорь Волин", "выступил в понедельник"}, {Reported, "Игорь Волин", "выборы были честными"}}},
		{"ru глава ростанского правительства заявил", "ru", "Премьер-министр Ростании Игорь Волин выступил в понедельник. Глава ростанского правительства заявил, что выборы были честными.",
			[]langRemark{{Reported, "Игорь Волин", "выступил в понедельник"}, {Reported, "Игорь Волин", "выборы были честными"}}},
		{"ru как сообщила пресс-служба, глава государства пожелал", "ru", "Президент Ростании Игорь Волин выступил в понедельник. Как сообщила его пресс-служба, в телефонном разговоре глава ростанского государства пожелал победителю успехов.",
			[]langRemark{{Reported, "Игорь Волин", "выступил в понедельник"}, {Action, "Игорь Волин", "пожелал победителю успехов"}}},
		// counter-case: a minister is not the head of state
		{"ru министр, then глава государства", "ru", "Министр обороны Игорь Волин выступил в понедельник. Глава ростанского государства заявил, что выборы были честными.",
			[]langRemark{{Reported, "Игорь Волин", "выступил в понедельник"}, {Reported, "Глава ростанского государства", "выборы были честными"}}},
	})
}

// TestGr22GenreByline: a German byline that names the piece's genre
// ("Ein Kommentar von X") is read as "Von X": the first-person sentences
// are the author's, and the byline is no speaker of its own
// (gr22_byline.go). Sentences written for the test.
func TestGr22GenreByline(t *testing.T) {
	runLangCases(t, []langCase{
		{"de Ein Kommentar von", "de", "Gewonnen\n\nEin Kommentar von Jana Roth\n\nIvo Kask hat gewonnen. Ich halte das Ergebnis für richtig.\n",
			[]langRemark{{Direct, "Jana Roth", "Ich halte das Ergebnis für richtig"}}},
		{"de Eine Analyse von", "de", "Der neue Präsident\n\nEine Analyse von Jana Roth\n\nIvo Kask hat gewonnen. Ich sehe keinen Grund, das Ergebnis anzuzweifeln.\n",
			[]langRemark{{Direct, "Jana Roth", "Ich sehe keinen Grund, das Ergebnis anzuzweifeln"}}},
		{"de Gastbeitrag von", "de", "Ein klarer Sieg\n\nGastbeitrag von Jana Roth\n\nIvo Kask hat gewonnen. Mir gefällt das Ergebnis nicht.\n",
			[]langRemark{{Direct, "Jana Roth", "Mir gefällt das Ergebnis nicht"}}},
		// counter-cases: a third-person report after the byline; a paragraph that is no byline
		{"de Kommentar von, third person", "de", "Ein Sieg\n\nEin Kommentar von Jana Roth\n\nIvo Kask hat die Wahl gewonnen.\n", nil},
		{"de Ein Kommentar von, long sentence", "de", "Ein Sieg\n\nEin Kommentar von Jana Roth hat die Debatte befeuert.\n\nIch halte das Ergebnis für richtig.\n", nil},
	})
}

// TestGr22OfficePair: a plural office in apposition to the pair of
// people who hold it ("Die Präsidenten …, A und B, schickten …") gives
// both people the act (gr22_officepair.go). Sentences written for the
// test.
func TestGr22OfficePair(t *testing.T) {
	runLangCases(t, []langCase{
		{"de Die Präsidenten des X und der Y, A und B,", "de", "Die Präsidenten des Rates und der Kommission, Ivo Kask und Lena Dal, schickten eine gemeinsame Glückwunschadresse.",
			[]langRemark{{Action, "Ivo Kask", "schickten eine gemeinsame Glückwunschadresse"}, {Action, "Lena Dal", "schickten eine gemeinsame Glückwunschadresse"}}},
		{"de Die Außenminister X und Y, A und B,", "de", "Die Außenminister Frankreichs und Italiens, Ivo Kask und Lena Dal, gratulierten dem Sieger.",
			[]langRemark{{Action, "Ivo Kask", "gratulierten dem Sieger"}, {Action, "Lena Dal", "gratulierten dem Sieger"}}},
		{"de Die Regierungschefs, A und B, erklärten,", "de", "Die Regierungschefs beider Länder, Ivo Kask und Lena Dal, erklärten, die Wahl sei frei gewesen.",
			[]langRemark{{Reported, "Ivo Kask", "die Wahl sei frei gewesen"}, {Reported, "Lena Dal", "die Wahl sei frei gewesen"}}},
		{"ru Президенты X и Y, A и B,", "ru", "Президенты Франции и Германии, Иво Каск и Лена Даль, поздравили победителя.",
			[]langRemark{{Action, "Иво Каск", "поздравили победителя"}, {Action, "Лена Даль", "поздравили победителя"}}},
		{"ru Лидеры двух стран, A и B, заявили", "ru", "Лидеры двух стран, Иво Каск и Лена Даль, заявили, что выборы были честными.",
			[]langRemark{{Reported, "Иво Каск", "выборы были честными"}, {Reported, "Лена Даль", "выборы были честными"}}},
		// counter-case: a plural noun that is no office
		{"de Die Zahlen der Kommission, A und B,", "de", "Die Zahlen der Kommission, Ivo Kask und Lena Dal, zeigten einen Sieg.", nil},
	})
}
