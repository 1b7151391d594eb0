package article

import "testing"

// TestExtractLangAgencyElided: "a déclaré à l'AFP X" is X's, and the
// agency is no part of X's name (intl_agency.go). Sentences written for
// the test.
func TestExtractLangAgencyElided(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr a déclaré à l'AFP X", "fr", "« Le peuple a parlé dans les urnes », a déclaré à l'AFP Paul Berg, porte-parole du parti.",
			[]langRemark{{Direct, "Paul Berg", "Le peuple a parlé dans les urnes"}}},
		// counter-case: an elided abbreviation alone is a subject
		{"fr l'ONU a salué", "fr", "L'ONU a salué la victoire de Kask.",
			[]langRemark{{Action, "ONU", "a salué la victoire de Kask"}}},
	})
}
