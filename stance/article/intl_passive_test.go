package article

import "testing"

// TestExtractLangPassiveDescription: a participle with its agent between
// commas describes the subject before its verb ("X, preguntado por
// periodistas, insistió …"); an office after the comma is no such
// description. Sentences written for the test.
func TestExtractLangPassiveDescription(t *testing.T) {
	runLangCases(t, []langCase{
		{"es preguntado por", "es", "Parra, preguntado por periodistas en Tarsia, insistió en que bastaba con contar de nuevo los votos.",
			[]langRemark{{Reported, "Parra", "bastaba con contar de nuevo los votos"}}},
		{"pt questionado por", "pt", "Rui Mota, questionado por jornalistas em Lisboa, disse que o resultado era claro.",
			[]langRemark{{Reported, "Rui Mota", "o resultado era claro"}}},
		{"fr interrogé par", "fr", "Paul Kodjo, interrogé par la presse à Dakar, a déclaré que le résultat était clair.",
			[]langRemark{{Reported, "Paul Kodjo", "le résultat était clair"}}},
		// counter-case: a subordinate clause between commas is no description
		{"es cuando between commas", "es", "Parra, cuando fue preguntado por periodistas, no quiso responder.", nil},
	})
}
