package article

import "testing"

// TestExtractLangFirstToHail: being the first to hail the victory ("a été
// le premier chef d'État étranger à saluer publiquement la victoire de
// X") is an act, as being the first to react or to congratulate is
// (firstReactions); "saluer" without "the first" stays the verb rule's.
// Sentences written for the test.
func TestExtractLangFirstToHail(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr X a été le premier … à saluer la victoire", "fr", "Le président velorien Ivo Kask a été le premier chef d'État étranger à saluer publiquement la victoire de Paul Mbeki.",
			[]langRemark{{Action, "Ivo Kask", "a été le premier chef d'État étranger à saluer publiquement la victoire de Paul Mbeki"}}},
		// counter-case: the first to do something else is no act
		{"fr X a été le premier à quitter la salle", "fr", "Le président velorien Ivo Kask a été le premier à quitter la salle après l'annonce.", nil},
	})
}
