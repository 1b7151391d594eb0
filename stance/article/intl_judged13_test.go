package article

import "testing"

// TestExtractLangJudged: a verb of judging with an object and a
// predicate is the speaker's act; with no predicate it is not.
// Sentences written for the test.
func TestExtractLangJudged(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt object and adjectives", "pt", "O deputado Ivo Kask, da missão de observação da Norlândia, considerou as eleições transparentes e credíveis.",
			[]langRemark{{Action, "Ivo Kask", "considerou as eleições transparentes e credíveis"}}},
		{"pt object and a noun", "pt", "A senadora Lena Dal considerou o resultado uma fraude.",
			[]langRemark{{Action, "Lena Dal", "considerou o resultado uma fraude"}}},
		{"es object and an adjective", "es", "El observador Ivo Kask consideró la elección limpia.",
			[]langRemark{{Action, "Ivo Kask", "consideró la elección limpia"}}},
		// counter-cases: an object with no predicate, and a clause
		{"es object and its complement", "es", "El observador Ivo Kask consideró las opciones de la oposición.", nil},
		{"es clause", "es", "La senadora Lena Dal consideró que la elección fue limpia.",
			[]langRemark{{Reported, "Lena Dal", "la elección fue limpia"}}},
	})
}
