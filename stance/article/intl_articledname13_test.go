package article

import "testing"

// TestExtractLangArticledName: a one-word name with a definite article
// ("l'Élysée") is no person, so an office after it in its sentence refers
// back to the person named before (articledName); a person's name
// without an article is still the antecedent. Sentences written for the
// test.
func TestExtractLangArticledName(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr Selon l'Élysée, le président velorien lui a adressé", "fr", "Lena Dal s'est entretenue vendredi avec Paul Mbeki. Selon l'Élysée, la présidente velorienne lui a adressé ses félicitations.",
			[]langRemark{{Reported, "Élysée", "la présidente velorienne lui a adressé ses félicitations"}, {Action, "Lena Dal", "la présidente velorienne lui a adressé ses félicitations"}}},
		// counter-case: a person named without an article is the one the
		// office refers back to
		{"fr Selon Velor, la présidente lui a adressé", "fr", "Paul Mbeki a été proclamé vainqueur. Selon Ivo Kask, la présidente velorienne lui a adressé ses félicitations.",
			[]langRemark{{Reported, "Ivo Kask", "la présidente velorienne lui a adressé ses félicitations"}}},
	})
}
