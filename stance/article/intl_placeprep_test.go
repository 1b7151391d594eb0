package article

import "testing"

// TestExtractLangPlacePrep: a Portuguese office's complement of place
// ("na Frente Unida", "no Brasil") before an apposed name; not a
// lower-case time after "no". Sentences written for the test.
func TestExtractLangPlacePrep(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt na before an apposed name", "pt", "O aliado de Rui Velor na Frente Unida, Ivo Kask, falou num \"roubo da vontade do povo\".",
			[]langRemark{{Direct, "Ivo Kask", "roubo da vontade do povo"}}},
		{"pt no before an apposed name", "pt", "O embaixador no Brasil, Ivo Kask, afirmou que \"a eleição foi limpa\".",
			[]langRemark{{Direct, "Ivo Kask", "a eleição foi limpa"}}},
		// counter-case: "no domingo" is a time, no part of the office
		{"pt no before a time", "pt", "O ministro no domingo afirmou que \"a eleição foi limpa\".",
			[]langRemark{{Direct, "", "a eleição foi limpa"}}},
	})
}
