package article

import "testing"

// TestExtractLangCliticEndsOffice: an object pronoun before the verb
// ends an office that is the subject ("Le président velorien lui a
// adressé …"), which then refers back to the person just named, instead
// of taking the pronoun as a modifier; an office without one keeps its
// modifiers. Sentences written for the test.
func TestExtractLangCliticEndsOffice(t *testing.T) {
	const frBase = "Lena Dal s'est entretenue vendredi avec Paul Mbeki. "
	runLangCases(t, []langCase{
		{"fr la présidente velorienne lui a adressé", "fr", frBase + "La présidente velorienne lui a adressé ses félicitations.",
			[]langRemark{{Action, "Lena Dal", "lui a adressé ses félicitations"}}},
		{"es el presidente norlandés le envió", "es", "Lena Dal habló el viernes con Paul Mbeki. El presidente norlandés le envió sus felicitaciones.",
			[]langRemark{{Action, "Lena Dal", "le envió sus felicitaciones"}}},
		// counter-case: without a pronoun the office is read as before
		{"fr la présidente velorienne a adressé … à Mbeki", "fr", frBase + "La présidente velorienne a adressé ses félicitations à Paul Mbeki.",
			[]langRemark{{Action, "Lena Dal", "a adressé ses félicitations à Paul Mbeki"}}},
	})
}
