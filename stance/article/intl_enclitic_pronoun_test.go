package article

import "testing"

// TestExtractLangEnclitic: a Portuguese verb with an enclitic pronoun is
// the verb (intl_enclitic.go). Sentences written for the test.
func TestExtractLangEncliticPronouns(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt cumprimentou-o", "pt", "O senador Rui Mota cumprimentou-o pela vitória.",
			[]langRemark{{Action, "Rui Mota", "cumprimentou-o pela vitória"}}},
		{"pt felicitou-a", "pt", "O presidente velorano, Paulo Lima, felicitou-a no domingo.",
			[]langRemark{{Action, "Paulo Lima", "felicitou-a no domingo"}}},
		// counter-case: a verb of no stance with its pronoun
		{"pt visitou-a", "pt", "O senador Rui Mota visitou-a no domingo.", nil},
	})
}
