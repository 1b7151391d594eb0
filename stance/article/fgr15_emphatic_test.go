package article

import "testing"

// TestExtractLangEmphaticOpener: a known surname after a Russian emphatic
// opener is the antecedent of the next sentence's pronoun. Sentences
// written for the test.
func TestExtractLangEmphaticOpener(t *testing.T) {
	const before = "Президент Велории Иво Каск проиграл. Пресс-секретарь лидера Павел Норд подтвердил, что в Кремле уважают выбор избирателей. "
	runLangCases(t, []langCase{
		{"ru сам X", "ru", before + "Сам Каск высказался куда осторожнее. На брифинге он признал, что победа за его соперницей.",
			[]langRemark{{Reported, "Иво Каск", "победа за его соперницей"}}},
		// counter-case: an emphatic word before no name leaves the pronoun
		// to the last speaker
		{"ru сами выборы", "ru", before + "Сами выборы прошли спокойно. На брифинге он признал, что победа за его соперницей.",
			[]langRemark{{Reported, "Павел Норд", "победа за его соперницей"}}},
	})
}
