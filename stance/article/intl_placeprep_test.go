package article

import "testing"

// TestExtractLangPlacePrep: a Portuguese or Spanish office's complement
// of place ("na Frente Unida", "no Brasil", "em Velor", "en Velor") before
// an apposed name; not a
// lower-case time after "no". Sentences written for the test.
func TestExtractLangPlacePrep(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt na before an apposed name", "pt", "O aliado de Rui Velor na Frente Unida, Ivo Kask, falou num \"roubo da vontade do povo\".",
			[]langRemark{{Direct, "Ivo Kask", "roubo da vontade do povo"}}},
		{"pt no before an apposed name", "pt", "O embaixador no Brasil, Ivo Kask, afirmou que \"a eleição foi limpa\".",
			[]langRemark{{Direct, "Ivo Kask", "a eleição foi limpa"}}},
		{"pt em before a city and an apposed name", "pt", "O representante do Centro Norland em Velor, Ivo Kask, afirmou que \"a eleição foi limpa\".",
			[]langRemark{{Direct, "Ivo Kask", "a eleição foi limpa"}}},
		{"es en before a city and an apposed name", "es", "El representante de la misión en Velor, Ivo Kask, afirmó que «la elección fue limpia».",
			[]langRemark{{Direct, "Ivo Kask", "la elección fue limpia"}}},
		// counter-case: "en la tarde" is lower-case, a time, no part of the office
		{"es en before a time", "es", "El ministro en la tarde afirmó que «la elección fue limpia».",
			[]langRemark{{Direct, "", "la elección fue limpia"}}},
		// counter-case: with no apposed name, "en Velor" tells where the office spoke
		{"es en before a city, no name", "es", "El ministro de Norlandia en Velor afirmó que «la elección fue limpia».",
			[]langRemark{{Direct, "ministro de Norlandia", "la elección fue limpia"}}},
		// counter-case: "no domingo" is a time, no part of the office
		{"pt no before a time", "pt", "O ministro no domingo afirmou que \"a eleição foi limpa\".",
			[]langRemark{{Direct, "", "a eleição foi limpa"}}},
	})
}
