package article

import "testing"

// TestExtractLangFromListRelative: messages that followed come from each
// sender of a list, also when the first has a relative clause between
// commas (intl_fromlist.go). Sentences written for the test.
func TestExtractLangFromListRelative(t *testing.T) {
	const pt = "Seguiram-se mensagens do Presidente velorano, Rui Mota, que falou numa vitória clara, do tanzaniano Paulo Lima e do egípcio Davi Sal."
	const es = "Llegaron felicitaciones del presidente velorano, Luis Parra, que habló de un triunfo claro, del peruano Inés Roca y del chileno Juan Sal."
	runLangCases(t, []langCase{
		{"pt seguiram-se mensagens do A, que …, do B e do C", "pt", pt,
			[]langRemark{{Action, "Rui Mota", pt[:len(pt)-1]}, {Action, "Paulo Lima", pt[:len(pt)-1]}, {Action, "Davi Sal", pt[:len(pt)-1]}}},
		{"es llegaron felicitaciones del A, que …, del B y del C", "es", es,
			[]langRemark{{Action, "Luis Parra", es[:len(es)-1]}, {Action, "Inés Roca", es[:len(es)-1]}, {Action, "Juan Sal", es[:len(es)-1]}}},
		// counter-case: after the relative clause the sentence goes on
		// with no from-word, so no one else is listed
		{"pt relative clause then a place", "pt", "Chegaram felicitações do Presidente velorano, Rui Mota, que falou numa vitória clara, em Lisboa.",
			[]langRemark{{Action, "Rui Mota", "Chegaram felicitações do Presidente velorano, Rui Mota, que falou numa vitória clara, em Lisboa"}}},
	})
}
