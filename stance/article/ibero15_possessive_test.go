package article

import "testing"

// TestIbero15ArticledPossessive: a Portuguese article before a possessive
// opens an office with a name in apposition, an office ends before a verb
// with an enclitic pronoun, and "apelou" is a stance verb. Sentences
// written for the test, with counter-cases.
func TestIbero15ArticledPossessive(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt O seu chefe da diplomacia, X, afirmou", "pt", "O seu chefe da diplomacia, Josué Brant, afirmou num comunicado que os observadores não detetaram irregularidades graves.",
			[]langRemark{{Reported, "Josué Brant", "os observadores não detetaram irregularidades graves"}}},
		{"pt A sua porta-voz, X, disse", "pt", "A sua porta-voz, Marta Solís, disse que o governo vai aguardar os resultados finais.",
			[]langRemark{{Reported, "Marta Solís", "o governo vai aguardar os resultados finais"}}},
		{"pt o chefe de Estado … desejou-lhe", "pt", "O Presidente de Velária, Tomás Ferrer, foi dos primeiros a felicitar Velor. Numa mensagem, o chefe de Estado velário desejou-lhe sucesso no mandato.",
			[]langRemark{{Action, "Tomás Ferrer", "foi dos primeiros a felicitar Velor"}, {Action, "Tomás Ferrer", "desejou-lhe sucesso no mandato"}}},
		{"pt apelou à calma", "pt", "O ministro Rui Sal apelou à calma durante a contagem.",
			[]langRemark{{Action, "Rui Sal", "apelou à calma durante a contagem"}}},
		// counter-cases: a possessive with no name after the office; a
		// hyphenated word that is no verb with a pronoun
		{"pt o seu partido venceu", "pt", "O seu partido venceu as eleições de domingo.", nil},
		{"pt o chefe de Estado-Maior", "pt", "O chefe de Estado-Maior Rui Sal disse que o exército vai respeitar os resultados.",
			[]langRemark{{Reported, "Rui Sal", "o exército vai respeitar os resultados"}}},
	})
}
