package article

import "testing"

// TestExtractLangInciseInQuote: an attribution between dashes or commas inside
// a quotation gives the quotation's two parts to its speaker; an aside
// that names no speaker leaves the quotation whole. Sentences written for
// the test.
func TestExtractLangInciseInQuote(t *testing.T) {
	runLangCases(t, []langCase{
		{"es between dashes", "es", "«No reconocemos el resultado —dijo Ivo Kask—. Fue un fraude».",
			[]langRemark{{Direct, "Ivo Kask", "No reconocemos el resultado"}, {Direct, "Ivo Kask", "Fue un fraude"}}},
		{"pt between dashes", "pt", "«Não reconhecemos o resultado — disse Ivo Kask —, porque houve fraude».",
			[]langRemark{{Direct, "Ivo Kask", "Não reconhecemos o resultado"}, {Direct, "Ivo Kask", "porque houve fraude"}}},
		{"fr between commas", "fr", "« Nous ne reconnaissons pas ce résultat, a déclaré Ivo Kask, c'est une fraude. »",
			[]langRemark{{Direct, "Ivo Kask", "Nous ne reconnaissons pas ce résultat"}, {Direct, "Ivo Kask", "c'est une fraude."}}},
		// counter-case: an aside naming no speaker
		{"es dicho sea de paso", "es", "«Creemos que la elección, dicho sea de paso, fue limpia», dijo Ivo Kask.",
			[]langRemark{{Direct, "Ivo Kask", "Creemos que la elección, dicho sea de paso, fue limpia"}}},
	})
}
