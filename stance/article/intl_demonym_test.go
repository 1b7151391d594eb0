package article

import "testing"

// TestExtractLangFrenchDemonym: a French nationality noun after an
// article, plain or contracted, is a title before the name, also when its
// ending is no demonym's (Russe, Turc); the people listed after "suivi de"
// share the act they followed (intl_demonym.go). Sentences written for
// the test.
func TestExtractLangFrenchDemonym(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr le Russe X", "fr", "Le Russe Paul Vasko a félicité Ivo Kask.",
			[]langRemark{{Action, "Paul Vasko", "a félicité Ivo Kask"}}},
		{"fr suivi du A et du B", "fr", "Lena Dal a félicité Ivo Kask, suivi du Grec Ali Beren et du Malien Marc Ovan.",
			[]langRemark{{Action, "Lena Dal", "a félicité Ivo Kask, suivi du Grec Ali Beren et du Malien Marc Ovan"},
				{Action, "Ali Beren", "a félicité Ivo Kask, suivi du Grec Ali Beren et du Malien Marc Ovan"},
				{Action, "Marc Ovan", "a félicité Ivo Kask, suivi du Grec Ali Beren et du Malien Marc Ovan"}}},
		{"fr suivi notamment du Turc X", "fr", "Lena Dal a été la première à adresser ses félicitations, suivi notamment du Turc Ali Beren.",
			[]langRemark{{Action, "Lena Dal", "a été la première à adresser ses félicitations, suivi notamment du Turc Ali Beren"},
				{Action, "Ali Beren", "a été la première à adresser ses félicitations, suivi notamment du Turc Ali Beren"}}},
		// counter-case: the noun "le suivi du dossier" names no one who followed
		{"fr le suivi du dossier", "fr", "Lena Dal a félicité Ivo Kask, dont le suivi du dossier Velor reste attendu.",
			[]langRemark{{Action, "Lena Dal", "a félicité Ivo Kask, dont le suivi du dossier Velor reste attendu"}}},
	})
}
