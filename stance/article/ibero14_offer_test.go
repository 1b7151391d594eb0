package article

import "testing"

// TestIbero14Offer: offering one's support or an orderly handover to
// the winner ("ofreció su colaboración", "ofreció mantener su respaldo",
// "ofereceu o seu apoio") is an act on the result, as congratulating
// is; the person named as the one offered to gets no act. Sentences
// written for the test.
func TestIbero14Offer(t *testing.T) {
	runLangCases(t, []langCase{
		{"es ofreció mantener su respaldo", "es", "Ivo Kask, tercero en la primera vuelta y aliado de Velor en la segunda, ofreció mantener su respaldo al futuro Gobierno.",
			[]langRemark{{Action, "Ivo Kask", "ofreció mantener su respaldo al futuro Gobierno"}}},
		{"pt ofereceu o seu apoio", "pt", "O Presidente cessante, Rui Lobo, ofereceu o seu apoio ao vencedor.",
			[]langRemark{{Action, "Rui Lobo", "ofereceu o seu apoio ao vencedor"}}},
		// counter-cases: an offer of something else (found probing)
		{"es ofreció más detalles", "es", "El ministro de Exteriores de Velor ofreció más detalles sobre la reunión con Ivo Kask.", nil},
		{"pt ofereceu mais pormenores", "pt", "O ministro das Finanças, Rui Lobo, ofereceu mais pormenores sobre o orçamento.", nil},
		// counter-case: the name is the one offered to (the parties are a
		// group speaker, ml32_group.go)
		{"es offered to a named person", "es", "Los partidos ofrecieron su apoyo a Ivo Kask.",
			[]langRemark{{Action, "partidos", "ofrecieron su apoyo a Ivo Kask"}}},
	})
}
