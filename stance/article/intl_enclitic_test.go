package article

import "testing"

// TestExtractLangEnclitic: a Portuguese infinitive with an enclitic
// pronoun takes an accent ("felicitá-lo", "cumprimentá-la"), and a letter
// sent "a felicitá-lo" is a congratulation sent (lexicon_pt.go's
// congratStems). Sentences written for the test.
func TestExtractLangEnclitic(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt carta a felicitá-lo", "pt", "O Presidente da República, Ivo Kask, enviou hoje uma carta a Pablo Norland a felicitá-lo pela reeleição.",
			[]langRemark{{Action, "Ivo Kask", "enviou hoje uma carta a Pablo Norland a felicitá-lo pela reeleição"}}},
		{"pt carta a cumprimentá-la", "pt", "O primeiro-ministro, Ivo Kask, enviou uma carta a Lena Velor a cumprimentá-la pela vitória.",
			[]langRemark{{Action, "Ivo Kask", "enviou uma carta a Lena Velor a cumprimentá-la pela vitória"}}},
		// counter-case: a letter sent for another purpose is no act
		{"pt carta a pedir explicações", "pt", "O Presidente da República, Ivo Kask, enviou uma carta a Pablo Norland a pedir explicações.", nil},
	})
}
