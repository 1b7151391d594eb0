package article

import "testing"

// TestExtractLangFromListRelative: messages that followed come from each
// sender of a list, also when the first has a relative clause between
// commas (intl_fromlist.go). The relative clause's verb of speaking with
// what was spoken of is the first sender's act of its own (relativeSpeech
// in intl_relative.go), and since remarks never overlap the list's act
// ends where that clause begins. Sentences written for the test.
func TestExtractLangFromListRelative(t *testing.T) {
	const pt = "Seguiram-se mensagens do Presidente velorano, Rui Mota, que falou numa vitória clara, do tanzaniano Paulo Lima e do egípcio Davi Sal."
	const es = "Llegaron felicitaciones del presidente velorano, Luis Parra, que habló de un triunfo claro, del peruano Inés Roca y del chileno Juan Sal."
	const ptList, esList = "Seguiram-se mensagens do Presidente velorano", "Llegaron felicitaciones del presidente velorano"
	runLangCases(t, []langCase{
		{"pt seguiram-se mensagens do A, que …, do B e do C", "pt", pt,
			[]langRemark{{Action, "Rui Mota", ptList}, {Action, "Paulo Lima", ptList}, {Action, "Davi Sal", ptList}, {Action, "Rui Mota", "falou numa vitória clara"}}},
		{"es llegaron felicitaciones del A, que …, del B y del C", "es", es,
			[]langRemark{{Action, "Luis Parra", esList}, {Action, "Inés Roca", esList}, {Action, "Juan Sal", esList}, {Action, "Luis Parra", "habló de un triunfo claro"}}},
		// counter-case: after the relative clause the sentence goes on
		// with no from-word, so no one else is listed
		{"pt relative clause then a place", "pt", "Chegaram felicitações do Presidente velorano, Rui Mota, que falou numa vitória clara, em Lisboa.",
			[]langRemark{{Action, "Rui Mota", "Chegaram felicitações do Presidente velorano"}, {Action, "Rui Mota", "falou numa vitória clara"}}},
	})
}
