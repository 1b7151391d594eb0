package article

import "testing"

// TestExtractLangAttributeOpening: a German subject that opens with an
// extended attribute and is followed by a relative clause between commas
// is the subject of the verb after the clause (attributeOpening); a plural
// group is no person. Sentences written for the test.
func TestExtractLangAttributeOpening(t *testing.T) {
	runLangCases(t, []langCase{
		{"de Der in Velor lebende Unternehmer X, der …, nennt", "de", "Der in Velor lebende Unternehmer Ivo Kask, der auf gut sechs Prozent kam, nennt das Ergebnis ebenfalls manipuliert.",
			[]langRemark{{Action, "Unternehmer Ivo Kask", "nennt das Ergebnis ebenfalls manipuliert"}}},
		{"de Die seit Jahren inhaftierte Ministerin X, die …, nannte", "de", "Die seit Jahren inhaftierte Ministerin Lena Dal, die nicht antreten durfte, nannte die Wahl eine Farce.",
			[]langRemark{{Action, "Lena Dal", "nannte die Wahl eine Farce"}}},
		// counter-case: the attribute describes a group, not a person
		{"de Die in Velor lebenden Wähler, die …, nannten", "de", "Die in Velor lebenden Wähler, die lange anstanden, nannten die Wahl eine Farce.", nil},
	})
}
