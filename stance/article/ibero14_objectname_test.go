package article

import "testing"

// TestIbero14ObjectName: a person named right after a verb (or its "a")
// is its object, not the subject of the next verb; a subject that opens
// its clause keeps the act. Sentences written for the test.
func TestIbero14ObjectName(t *testing.T) {
	runLangCases(t, []langCase{
		{"es felicitó a X por … y le deseó", "es", "En Madrid, el presidente Ivo Kask habló esa misma noche con los dos candidatos. Según una nota publicada en la web de la Presidencia, felicitó a Rui Lobo por la victoria y le deseó éxitos.", nil},
		{"pt felicitou X pela … e desejou-lhe", "pt", "Em Lisboa, o Presidente Ivo Kask falou nessa mesma noite com os dois candidatos. Segundo uma nota publicada no sítio da Presidência, felicitou Rui Lobo pela vitória e desejou-lhe os maiores êxitos no mandato.", nil},
		{"pt Felicitou X opening", "pt", "Em Lisboa, o Presidente Ivo Kask falou nessa mesma noite com os dois candidatos. Felicitou Rui Lobo pela vitória e desejou-lhe os maiores êxitos no mandato.", nil},
		// counter-case: the subject opens the clause, past a complement
		{"es subject past a complement", "es", "Rui Lobo en su mensaje le deseó éxitos a Velor.",
			[]langRemark{{Action, "Rui Lobo", "en su mensaje le deseó éxitos a Velor"}}},
	})
}
