package article

import "testing"

// TestExtractLangPlainThenApposition: two coordinated subjects, the second
// with a description between commas, share the act. Sentences written for
// the test.
func TestExtractLangPlainThenApposition(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr A et B, description", "fr", "Ivo Kask et Lena Dal, candidate du SDF, ont félicité le vainqueur.",
			[]langRemark{{Action, "Ivo Kask", "ont félicité le vainqueur"}, {Action, "Lena Dal", "ont félicité le vainqueur"}}},
		{"de A und B, description", "de", "Ivo Kask und Lena Dal, Chefin der Grünen, gratulierten dem Sieger.",
			[]langRemark{{Action, "Ivo Kask", "gratulierten dem Sieger"}, {Action, "Lena Dal", "gratulierten dem Sieger"}}},
		// counter-case: the first name is an object of the verb before it
		{"fr object before the pair", "fr", "Le président a reçu Ivo Kask et Lena Dal, candidate du SDF, a félicité le vainqueur.", nil},
	})
}
