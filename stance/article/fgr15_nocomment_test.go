package article

import "testing"

// TestExtractLangWouldNotComment: a modal of wanting with a negated
// infinitive of commenting is an act. Sentences written for the test.
func TestExtractLangWouldNotComment(t *testing.T) {
	runLangCases(t, []langCase{
		{"de wollte nicht kommentieren", "de", "Ivo Kask wollte das Ergebnis am Montag nicht kommentieren.",
			[]langRemark{{Action, "Ivo Kask", "wollte das Ergebnis am Montag nicht kommentieren"}}},
		{"de wollte sich nicht äußern", "de", "Der Präsident Ivo Kask wollte sich zum Ergebnis nicht äußern.",
			[]langRemark{{Action, "Ivo Kask", "wollte sich zum Ergebnis nicht äußern"}}},
		{"fr n'a pas voulu s'exprimer", "fr", "Le président Ivo Kask n'a pas voulu s'exprimer.",
			[]langRemark{{Action, "Ivo Kask", "n'a pas voulu s'exprimer"}}},
		// counter-cases: not negated, or another infinitive
		{"de wollte kommentieren", "de", "Ivo Kask wollte das Ergebnis am Montag kommentieren.", nil},
		{"de wollte nicht warten", "de", "Ivo Kask wollte nicht warten.", nil},
	})
}
