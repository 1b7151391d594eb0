package article

import "testing"

// TestFgr16AdmitThat: French "a reconnu que …" reports what the speaker
// admits (frAdmitVerbs, lexicon_fgr16.go); "a reconnu" with an object is
// still an act of recognition. Sentences written for the test.
func TestFgr16AdmitThat(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr reconnu que, past an adverbial", "fr", "Le chef de la mission, Ivo Kask, a reconnu dans son rapport préliminaire que les irrégularités privaient les observateurs de tout jugement objectif.",
			[]langRemark{{Reported, "Ivo Kask", "les irrégularités privaient les observateurs de tout jugement objectif"}}},
		{"fr inverted after a quotation", "fr", "« Nous avons perdu », a reconnu Ivo Kask.",
			[]langRemark{{Direct, "Ivo Kask", "Nous avons perdu"}}},
		// counter-cases: an object is recognised, an act
		{"fr reconnu la victoire", "fr", "Ivo Kask a reconnu la victoire de Jean Dumas.",
			[]langRemark{{Action, "Ivo Kask", "a reconnu la victoire de Jean Dumas"}}},
		{"fr reconnu sa défaite et félicité", "fr", "Ivo Kask a reconnu sa défaite et félicité Jean Dumas.",
			[]langRemark{{Action, "Ivo Kask", "a reconnu sa défaite et félicité Jean Dumas"}}},
	})
}
