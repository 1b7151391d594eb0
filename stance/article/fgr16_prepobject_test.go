package article

import "testing"

// TestFgr16PrepositionObject: a long opening adverbial of time ("Dès",
// "Depuis": stops, lexicon_fgr16.go) is read past to the subject, and a
// name that ends it after a preposition is no first subject coordinated
// with the one after its comma (prepositionObject, fgr16_prepobject.go).
// Sentences written for the test.
func TestFgr16PrepositionObject(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr dès, body after par", "fr", "Dès l'annonce des chiffres provisoires par la Commission électorale, Ivo Kask, candidat du parti Velor et second avec 15 % des voix, a refusé les chiffres.",
			[]langRemark{{Action, "Ivo Kask", "a refusé les chiffres"}}},
		{"fr depuis, person after par", "fr", "Depuis la proclamation des résultats par le président Jean Dumas, Ivo Kask, candidat du parti Velor, a refusé les chiffres.",
			[]langRemark{{Action, "Ivo Kask", "a refusé les chiffres"}}},
		// counter-case: two subjects coordinated by commas still share the act
		{"fr names listed", "fr", "Jean Dumas, Ivo Kask et Lena Dal ont refusé les chiffres.",
			[]langRemark{{Action, "Jean Dumas", "ont refusé les chiffres"}, {Action, "Ivo Kask", "ont refusé les chiffres"}, {Action, "Lena Dal", "ont refusé les chiffres"}}},
	})
}
