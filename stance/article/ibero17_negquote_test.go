package article

import "testing"

// TestIbero17NegatedQuote: a lower-case quotation that is the object of a
// short negated reported clause is read with the clause; without the
// negation the quotation stays a direct remark of its own. Sentences
// written for the test.
func TestIbero17NegatedQuote(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt não reconhecerá", "pt", "O vereador Rui Lobo garantiu que não reconhecerá “um governo feito com votos deitados ao lixo”.",
			[]langRemark{{Reported, "Rui Lobo", "não reconhecerá “um governo feito com votos deitados ao lixo”"}}},
		{"es no aceptará", "es", "La diputada Lena Dal aseguró que no aceptará «una mayoría comprada con dinero público».",
			[]langRemark{{Reported, "Lena Dal", "no aceptará «una mayoría comprada con dinero público»"}}},
		// counter-case: no negation, the quotation is a remark of its own
		{"es no negation", "es", "El senador Ivo Kask dijo que es «una farsa montada por el gobierno de Velor».",
			[]langRemark{{Direct, "Ivo Kask", "una farsa montada por el gobierno de Velor"}}},
	})
}
