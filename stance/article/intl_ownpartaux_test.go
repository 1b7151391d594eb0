package article

import "testing"

// TestExtractLangOwnPartAux: the speaker's own part between the French
// auxiliary and the participle ("a de son côté appelé", "a pour sa part
// salué") leaves the subject before the auxiliary
// (intl_ownpartaux.go). Sentences written for the test.
func TestExtractLangOwnPartAux(t *testing.T) {
	const fr = "Ivo Kask a remporté l'élection présidentielle en Norlande. "
	runLangCases(t, []langCase{
		{"fr a pour sa part salué", "fr", fr + "Lena Dal a pour sa part salué la victoire de Kask.",
			[]langRemark{{Action, "Lena Dal", "a pour sa part salué la victoire de Kask"}}},
		{"fr a de son côté déclaré que", "fr", fr + "Lena Dal a de son côté déclaré que le scrutin était truqué.",
			[]langRemark{{Reported, "Lena Dal", "le scrutin était truqué"}}},
		// counter-case: the phrase after the participle changes nothing
		{"fr a salué de son côté", "fr", fr + "Lena Dal a salué de son côté la victoire de Kask.",
			[]langRemark{{Action, "Lena Dal", "a salué de son côté la victoire de Kask"}}},
	})
}
