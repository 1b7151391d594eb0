package article

import "testing"

// TestExtractLangAgedDescription: an office with the person's age after a
// quotation refers back to the person the previous sentence named, even
// when they were named with another office (aged); without the age, an
// office other than theirs is another person. Sentences written for the
// test.
func TestExtractLangAgedDescription(t *testing.T) {
	const frBase = "Le candidat de l'Union, Ivo Kask, s'est proclamé président. "
	runLangCases(t, []langCase{
		{"fr « … », a lancé le vieil opposant de 74 ans", "fr", frBase + "« Ce résultat n'est qu'un hold-up », a lancé le vieil opposant de 74 ans devant ses partisans.",
			[]langRemark{{Direct, "Ivo Kask", "Ce résultat n'est qu'un hold-up"}}},
		// counter-case: another office, without an age, is not the person
		// just named
		{"fr « … », a lancé le ministre", "fr", frBase + "« Ce résultat n'est qu'un hold-up », a lancé le ministre devant ses partisans.",
			[]langRemark{{Direct, "ministre", "Ce résultat n'est qu'un hold-up"}}},
		// counter-case: a position with an age is still a position
		// (positionHeads)
		{"fr « … », a lancé le président sortant de 74 ans", "fr", frBase + "« Nous irons jusqu'au bout », a lancé le président sortant de 74 ans devant ses partisans.",
			[]langRemark{{Direct, "président sortant de 74 ans", "Nous irons jusqu'au bout"}}},
	})
}
