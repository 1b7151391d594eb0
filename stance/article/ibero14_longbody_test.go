package article

import "testing"

// TestIbero14LongBody: an office whose chain of complements names a body
// with a conjunction inside its name, and runs past sixteen tokens, is
// the title of the name in apposition after it; a title with a clause
// between commas is not. Sentences written for the test.
func TestIbero14LongBody(t *testing.T) {
	runLangCases(t, []langCase{
		{"es long body with y and acronym", "es", "El jefe de la misión de observación de la Conferencia Permanente de Partidos Regionales de Norlandia y el Velor (COPAN), Ivo Kask, calificó el triunfo de irreversible.",
			[]langRemark{{Action, "Ivo Kask", "calificó el triunfo de irreversible"}}},
		{"pt body with e", "pt", "O representante do Ministério da Ciência e Tecnologia de Norlândia, Rui Lobo, felicitou o vencedor.",
			[]langRemark{{Action, "Rui Lobo", "felicitou o vencedor"}}},
		// counter-case: a relative clause between the office and the name
		{"es clause before the name", "es", "El jefe de la misión, que viajó a Velor y a Norlandia, Ivo Kask, calificó el triunfo de irreversible.", nil},
	})
}
