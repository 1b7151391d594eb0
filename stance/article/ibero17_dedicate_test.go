package article

import "testing"

// TestIbero17Dedicate: "dedicó … a + infinitive of acting" is an act of
// the subject; "el gobernante" is an office; "dedicó … a" with another
// infinitive is no act. Sentences written for the test.
func TestIbero17Dedicate(t *testing.T) {
	runLangCases(t, []langCase{
		{"es dedicó su programa a criticar", "es", "El gobernante norlandés, Ivo Kask, dedicó su programa de radio a criticar a Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "dedicó su programa de radio a criticar a Lena Dal"}}},
		{"pt dedicou o discurso a atacar", "pt", "O governante Rui Lobo dedicou o discurso a atacar o vencedor.",
			[]langRemark{{Action, "Rui Lobo", "dedicou o discurso a atacar o vencedor"}}},
		// counter-case: an infinitive of no act
		{"es dedicó la tarde a pasear", "es", "El gobernante norlandés, Ivo Kask, dedicó la tarde a pasear por Velor.",
			nil},
	})
}
