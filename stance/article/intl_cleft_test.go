package article

import "testing"

// TestExtractLangGermanCleft: in a German cleft the person before the
// relative clause that ends the sentence did what it tells
// (intl_cleft.go). Sentences written for the test.
func TestExtractLangGermanCleft(t *testing.T) {
	runLangCases(t, []langCase{
		{"de war es allein X, der … gratulierte", "de", "In Velor war es allein Parteichef Jan Olk, der herzlich zum Erfolg gratulierte.",
			[]langRemark{{Action, "Jan Olk", "herzlich zum Erfolg gratulierte"}}},
		// counter-case: a relative clause with no cleft before it is read
		// as the subject relative it is, since the fifteenth session also at
		// the sentence's end (fgr15_relative.go), not as a cleft
		{"de X, der … gratulierte, no cleft", "de", "In Velor sah man Parteichef Jan Olk, der herzlich zum Erfolg gratulierte.",
			[]langRemark{{Action, "Jan Olk", "herzlich zum Erfolg gratulierte"}}},
	})
}
