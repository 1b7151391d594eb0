package article

import "testing"

// TestIbero14ObjectName: a person named right after a verb (or its "a")
// is its object, not the subject of the next verb; a subject that opens
// its clause keeps the act. Sentences written for the test.
func TestIbero14ObjectName(t *testing.T) {
	runLangCases(t, []langCase{
		{"es Felicitó a X por … y le deseó", "es", "La policía detuvo a Ivo Kask. Felicitó a Rui Lobo por la victoria y le deseó éxitos.", nil},
		{"pt Depois, felicitou X pela … e desejou-lhe", "pt", "A polícia deteve Ivo Kask. Depois, felicitou Rui Lobo pela vitória e desejou-lhe os maiores êxitos no mandato.", nil},
		{"pt Felicitou X opening", "pt", "A polícia deteve Ivo Kask. Felicitou Rui Lobo pela vitória e desejou-lhe os maiores êxitos no mandato.", nil},
		// counter-case: the subject opens the clause, past a complement
		{"es subject past a complement", "es", "Rui Lobo en su mensaje le deseó éxitos a Velor.",
			[]langRemark{{Action, "Rui Lobo", "en su mensaje le deseó éxitos a Velor"}}},
	})
}
