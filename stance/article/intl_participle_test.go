package article

import "testing"

// TestExtractLangParticiple: a Russian participle phrase that opens the
// sentence before a name describes the person named (pastParticiple).
// Sentences written for the test.
func TestExtractLangParticiple(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru Находящийся за рубежом X, лидер …, заявил", "ru", "Находящийся за рубежом Иво Каск, лидер движения «Выбор», заявил, что не признаёт итоги выборов.",
			[]langRemark{{Reported, "Иво Каск", "не признаёт итоги выборов"}}},
		{"ru Занявший второе место X, кандидат …, заявил", "ru", "Занявший второе место Иво Каск, кандидат от оппозиции, заявил, что результаты выборов сфальсифицированы.",
			[]langRemark{{Reported, "Иво Каск", "результаты выборов сфальсифицированы"}}},
		// counter-case: a participle before no name names no speaker
		{"ru participle before an office", "ru", "Проигравший выборы кандидат, лидер движения, заявил, что не признаёт итоги выборов.", nil},
	})
}
