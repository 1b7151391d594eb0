package article

import "testing"

// TestExtractLangInstitution: a French ministry, department or government
// acts in its own name and is not the person named before it; a French
// institution's name keeps its lower-case adjective ("l'Union
// européenne"); "a appelé à" is an act (intl_institution.go). Sentences
// written for the test.
func TestExtractLangInstitution(t *testing.T) {
	const base = "Ivo Kask a remporté l'élection présidentielle en Norland. "
	runLangCases(t, []langCase{
		{"fr département d'Etat", "fr", base + "Le département d'Etat velorien a demandé un recomptage.",
			[]langRemark{{Action, "département d'Etat velorien", "a demandé un recomptage"}}},
		{"fr gouvernement", "fr", base + "Le gouvernement velorien a salué la victoire de Kask.",
			[]langRemark{{Action, "gouvernement velorien", "a salué la victoire de Kask"}}},
		{"fr et l'Union européenne a appelé à", "fr", base + "Lena Dal a salué la victoire, et l'Union européenne a appelé à un examen des recours.",
			[]langRemark{{Action, "Lena Dal", "a salué la victoire"}, {Action, "Union européenne", "a appelé à un examen des recours"}}},
		{"fr institution then a pronoun after a colon", "fr", base + "Le département d'Etat velorien a été plus dur : il a estimé que l'élection manquait de crédibilité.",
			[]langRemark{{Reported, "département d'Etat velorien", "l'élection manquait de crédibilité"}}},
		// counter-case: an office, not an institution, still refers back
		// to the person named just before
		{"fr le président refers back", "fr", "Le président velorien Paul Berg a reçu des journalistes. Le président a salué la victoire de Kask.",
			[]langRemark{{Action, "Paul Berg", "a salué la victoire de Kask"}}},
		// counter-case: a lower-case word after a person's name is no
		// part of it
		{"fr name then adjective", "fr", base + "Lena Dal, européenne convaincue, a salué la victoire.",
			[]langRemark{{Action, "Lena Dal", "a salué la victoire"}}},
	})
}
