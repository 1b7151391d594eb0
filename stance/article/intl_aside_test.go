package article

import "testing"

// TestExtractLangSendAside: a congratulation sent past a time between
// commas is still sent (intl_aside.go). Sentences written for the test.
func TestExtractLangSendAside(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr adressé à X, dès le …, des félicitations", "fr", "Le président velorien Paul Berg a adressé à son voisin, dès le 20 octobre, des félicitations pour sa réélection.",
			[]langRemark{{Action, "Paul Berg", "a adressé à son voisin, dès le 20 octobre, des félicitations pour sa réélection"}}},
		// counter-case: a clause after the comma, not an aside, ends the search
		{"fr adressé une lettre, qui …, des félicitations", "fr", "Le président velorien Paul Berg a adressé une lettre au parlement, qui a voté, puis des félicitations sont venues.", nil},
	})
}
