package article

import "testing"

// TestExtractLangRuAdverbial: a Russian adverbial of time between a
// subject's description and its verb leaves the subject that opens the
// sentence (intl_ruadverbial.go); with no person opening the sentence
// there is no subject. Sentences written for the test.
func TestExtractLangRuAdverbial(t *testing.T) {
	const base = "Выборы в Норландии выиграл Ивар Каск. "
	runLangCases(t, []langCase{
		{"ru X, который …, ещё в ночь … предупреждал", "ru", base + "Турчинов, который руководил штабом, ещё в ночь после голосования предупреждал, что делать выводы рано.",
			[]langRemark{{Reported, "Турчинов", "делать выводы рано"}}},
		{"ru Лена Даль, которая …, уже в понедельник заявила", "ru", base + "Лена Даль, которая руководила штабом, уже в понедельник заявила, что итоги выборов сфальсифицированы.",
			[]langRemark{{Reported, "Лена Даль", "итоги выборов сфальсифицированы"}}},
		// counter-case: no person opens the sentence
		{"ru По данным источников, в ночь …", "ru", base + "По данным источников, в ночь после голосования предупреждали, что делать выводы рано.", nil},
	})
}
