package article

import "testing"

// TestExtractLangFrontedFrom: a place fronted with "De" is no first
// subject of the act after it; a list of names still is. Sentences
// written for the test.
func TestExtractLangFrontedFrom(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt De Lisboa,", "pt", "De Velor, o Presidente Ivo Kask felicitou Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "felicitou Lena Dal"}}},
		{"es De Madrid,", "es", "De Velor, el presidente Ivo Kask felicitó a Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Lena Dal"}}},
		// counter-case: a list of names before the verb
		{"es list", "es", "Luis Parra, el presidente Ivo Kask y Ana Mora felicitaron a Lena Dal.",
			[]langRemark{{Action, "Luis Parra", "felicitaron a Lena Dal"}, {Action, "Ivo Kask", "felicitaron a Lena Dal"}, {Action, "Ana Mora", "felicitaron a Lena Dal"}}},
	})
}
