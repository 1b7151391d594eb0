package article

import "testing"

// TestExtractLangReceivedAndSilent: congratulations received from a
// person named in full are that person's act (comeVerbs), and a verb of
// falling silent is a silence kept (keeps, silentWords). Sentences
// written for the test.
func TestExtractLangReceivedAndSilent(t *testing.T) {
	runLangCases(t, []langCase{
		{"es recibió las felicitaciones de", "es", "Kask recibió las felicitaciones del presidente de Solia, Julián Vega.",
			[]langRemark{{Action, "Julián Vega", "recibió las felicitaciones del presidente de Solia, Julián Vega"}}},
		{"pt recebeu as felicitações de", "pt", "Kask recebeu as felicitações do presidente de Sólia, Júlio Vega.",
			[]langRemark{{Action, "Júlio Vega", "recebeu as felicitações do presidente de Sólia, Júlio Vega"}}},
		{"pt silenciou", "pt", "O presidente de Sólia, Júlio Vega, silenciou sobre a eleição de Kask.",
			[]langRemark{{Action, "Júlio Vega", "silenciou sobre a eleição de Kask"}}},
		{"es calló", "es", "El presidente de Solia, Julián Vega, calló ante el resultado.",
			[]langRemark{{Action, "Julián Vega", "calló ante el resultado"}}},
		// counter-cases: criticism received is no congratulation, and a
		// negated silence is none
		{"es recibió críticas", "es", "Kask recibió críticas del presidente de Solia, Julián Vega.", nil},
		{"pt não silenciou", "pt", "O presidente de Sólia, Júlio Vega, não silenciou sobre a eleição.", nil},
	})
}
