package article

import "testing"

// TestExtractLangPromptPeriphrasis: periphrases of a recent or prompt act
// ("acaba de felicitar", "se apresuró a felicitar", "no tardó en
// felicitar", "apressou-se a felicitar") are the infinitive's act; the
// same auxiliary before a verb of no stance is none. Sentences written for
// the test.
func TestExtractLangPromptPeriphrasis(t *testing.T) {
	runLangCases(t, []langCase{
		{"es acaba de", "es", "El candidato Luis Parra acaba de felicitar a Ana Velor.",
			[]langRemark{{Action, "Luis Parra", "acaba de felicitar a Ana Velor"}}},
		{"es se apresuró a", "es", "El candidato Luis Parra se apresuró a felicitar a Ana Velor.",
			[]langRemark{{Action, "Luis Parra", "se apresuró a felicitar a Ana Velor"}}},
		{"pt apressou-se a", "pt", "O candidato Luis Parra apressou-se a felicitar Ana Velor.",
			[]langRemark{{Action, "Luis Parra", "apressou-se a felicitar Ana Velor"}}},
		{"pt não tardou em", "pt", "O presidente Luis Parra não tardou em felicitar Ana Velor.",
			[]langRemark{{Action, "Luis Parra", "não tardou em felicitar Ana Velor"}}},
		// review probe: the pronoun before the verb after a negation
		{"pt não se apressou a", "pt", "O presidente de Velor, Tomas Berg, não se apressou a felicitar Ivo Kask.",
			[]langRemark{{Action, "Tomas Berg", "não se apressou a felicitar Ivo Kask"}}},
		// counter-case: a verb of no stance after the auxiliary
		{"pt se apressou o passo", "pt", "O presidente Tomas Berg logo apressou o passo em direção ao carro.", nil},
		{"es acaba de llegar", "es", "El presidente Luis Parra acaba de llegar a Caracas.", nil},
	})
}
