package article

import "testing"

// TestExtractLangJointStatement: the partner of a joint statement shares
// the act or speech of its subject (jointActors); a statement that is
// not joint, or a partner who is no person, adds nobody. Sentences
// written for the test.
func TestExtractLangJointStatement(t *testing.T) {
	runLangCases(t, []langCase{
		{"de in einer gemeinsamen Erklärung mit X", "de", "Die Außenministerin Lena Dal nahm das Ergebnis in einer gemeinsamen Erklärung mit Minister Ivo Kask lediglich „zur Kenntnis“.",
			[]langRemark{{Action, "Lena Dal", "nahm das Ergebnis in einer gemeinsamen Erklärung mit Minister Ivo Kask lediglich „zur Kenntnis“"},
				{Action, "Ivo Kask", "nahm das Ergebnis in einer gemeinsamen Erklärung mit Minister Ivo Kask lediglich „zur Kenntnis“"}}},
		{"fr dans une déclaration commune avec X", "fr", "La ministre Lena Dal a pris acte, dans une déclaration commune avec le ministre Ivo Kask, de la victoire annoncée.",
			[]langRemark{{Action, "Lena Dal", "a pris acte, dans une déclaration commune avec le ministre Ivo Kask, de la victoire annoncée"},
				{Action, "Ivo Kask", "a pris acte, dans une déclaration commune avec le ministre Ivo Kask, de la victoire annoncée"}}},
		// counter-cases: no joint statement; a partner who is no person
		{"de in einer Erklärung mit Verweis", "de", "Die Außenministerin Lena Dal nahm das Ergebnis in einer Erklärung mit Verweis auf Velor lediglich „zur Kenntnis“.",
			[]langRemark{{Action, "Lena Dal", "nahm das Ergebnis in einer Erklärung mit Verweis auf Velor lediglich „zur Kenntnis“"}}},
		{"fr déclaration commune avec la France", "fr", "La ministre Lena Dal a pris acte, dans une déclaration commune avec la France, de la victoire annoncée.",
			[]langRemark{{Action, "Lena Dal", "a pris acte, dans une déclaration commune avec la France, de la victoire annoncée"}}},
	})
}
