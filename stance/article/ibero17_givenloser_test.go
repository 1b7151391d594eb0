package article

import "testing"

// TestIbero17GivenLoser: "dar … por derrotado" with the loser between
// the verb and "por", or after it, is an act; "dar" with another word
// after "por" is not. Sentences written for the test.
func TestIbero17GivenLoser(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt deu o PS por derrotado", "pt", "Rui Lobo deu o Partido Cívico por derrotado.",
			[]langRemark{{Action, "Rui Lobo", "deu o Partido Cívico por derrotado"}}},
		{"es dio por vencido al", "es", "El senador Ivo Kask dio por vencido al oficialismo.",
			[]langRemark{{Action, "Ivo Kask", "dio por vencido al oficialismo"}}},
		// counter-case: another word after "por"
		{"es dio las gracias por", "es", "El senador Ivo Kask dio las gracias por el apoyo recibido.",
			nil},
	})
}
