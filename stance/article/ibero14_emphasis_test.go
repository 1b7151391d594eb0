package article

import "testing"

// TestIbero14Emphasis: a verb of emphasis with a definite noun phrase
// and no clause is the subject's act; other speech verbs with such an
// object are not, and a clause after the verb stays reported speech.
// Sentences written for the test.
func TestIbero14Emphasis(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt sublinhou a vontade", "pt", "Também Rui Lobo sublinhou a vontade de liberdade expressa nas urnas.",
			[]langRemark{{Action, "Rui Lobo", "sublinhou a vontade de liberdade expressa nas urnas"}}},
		{"es destacó el orden", "es", "El canciller Ivo Kask destacó el orden y la transparencia del proceso.",
			[]langRemark{{Action, "Ivo Kask", "destacó el orden y la transparencia del proceso"}}},
		// counter-cases: an object off the vote (found probing)
		{"es destacó el trabajo del equipo", "es", "El delantero Ivo Kask destacó el trabajo del equipo y la entrega de la afición.", nil},
		{"pt sublinhou a vontade da equipa", "pt", "O avançado Rui Lobo sublinhou a vontade da equipa de vencer o campeonato.", nil},
		// counter-cases: another speech verb; a clause after the verb
		{"es dijo la verdad", "es", "El canciller Ivo Kask dijo la verdad.", nil},
		{"es destacó que", "es", "El canciller Ivo Kask destacó que el proceso fue limpio.",
			[]langRemark{{Reported, "Ivo Kask", "el proceso fue limpio"}}},
	})
}
