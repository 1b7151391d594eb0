package article

import "testing"

// TestIbero17Insist: "fazer questão de" and "empeñarse en" with an
// infinitive whose clause names the vote are acts, as "preferiu esperar"
// is; with an infinitive of another matter they are not. Sentences written
// for the test.
func TestIbero17Insist(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt fez questão de esperar", "pt", "Rui Lobo ouviu os partidos, mas fez questão de esperar pelo apuramento dos votos.",
			[]langRemark{{Action, "Rui Lobo", "fez questão de esperar pelo apuramento dos votos"}}},
		{"es se empeñó en esperar", "es", "El senador Ivo Kask se empeñó en esperar al escrutinio final.",
			[]langRemark{{Action, "Ivo Kask", "se empeñó en esperar al escrutinio final"}}},
		// "recuento"/"conteo" name the count as "escrutinio" does
		{"es se empeñó en esperar al recuento", "es", "El senador Ivo Kask se empeñó en esperar al recuento oficial.",
			[]langRemark{{Action, "Ivo Kask", "se empeñó en esperar al recuento oficial"}}},
		{"es se empeñó en visitar", "es", "El senador Ivo Kask se empeñó en visitar la feria del libro de Velor.",
			nil},
		// counter-case: the infinitive's clause names no vote
		{"pt fez questão de visitar", "pt", "Rui Lobo fez questão de visitar a feira do livro de Velor.",
			nil},
	})
}
