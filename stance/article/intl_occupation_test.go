package article

import "testing"

// TestExtractLangNamedOccupation: an occupation's title that heads a body
// named with capitals is an office, with its holder's name in apposition
// (intl_occupation.go); a second verb after a colon's clause has the
// subject that opens that clause (openingSubject). Sentences written for
// the test.
func TestExtractLangNamedOccupation(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt coordenadora do Bloco, X, afirmou", "pt", "A coordenadora do Bloco Cívico, Lena Dal, afirmou que Valmora deveria aguardar o tribunal antes de reconhecer o vencedor.",
			[]langRemark{{Reported, "Lena Dal", "Valmora deveria aguardar o tribunal antes de reconhecer o vencedor"}}},
		{"es coordinador de la Plataforma, X, dijo", "es", "El coordinador de la Plataforma Cívica, Ivo Kask, dijo que no reconocerá el resultado.",
			[]langRemark{{Reported, "Ivo Kask", "no reconocerá el resultado"}}},
		{"pt after a colon, office, name, verb … e verb", "pt", "O gesto foi criticado em Velor: a coordenadora do Bloco Cívico, Lena Dal, considerou-o precipitado e defendeu que Valmora deveria aguardar o tribunal.",
			[]langRemark{{Reported, "Lena Dal", "Valmora deveria aguardar o tribunal"}}},
		// counter-cases: an occupation without a named body is no office,
		// and a colon's clause without a person leaves the subject that
		// opened the sentence
		{"pt a coordenadora, X, is no office", "pt", "A coordenadora, Lena Dal, afirmou que Valmora deveria aguardar o tribunal.", nil},
		{"es colon without a person", "es", "Ivo Kask fue claro: el recuento fue una farsa, y dijo que no reconocerá el resultado.",
			[]langRemark{{Reported, "Ivo Kask", "no reconocerá el resultado"}}},
	})
}
