package article

import "testing"

// TestExtractLangIncise: a speech verb alone between commas after a
// clause, its subject dropped, makes the clause reported speech of the
// person the previous sentence named (intl_incise.go). Sentences written
// for the test.
func TestExtractLangIncise(t *testing.T) {
	runLangCases(t, []langCase{
		{"es …, afirma, y …", "es", "Ivo Kask, jefe de la misión de observación, comparece en Velor. Los observadores no encontraron ningún indicio de fraude, afirma, y el conteo coincide con las cifras.",
			[]langRemark{{Reported, "Ivo Kask", "Los observadores no encontraron ningún indicio de fraude"}}},
		{"pt …, disse.", "pt", "Lena Dal, chefe da missão europeia, falou em Velor. A contagem decorreu sem incidentes graves, disse.",
			[]langRemark{{Reported, "Lena Dal", "A contagem decorreu sem incidentes graves"}}},
		// counter-cases: a person named in the sentence, and no one named
		// before
		{"es a name in the clause", "es", "Ivo Kask, jefe de la misión, comparece en Velor. Pablo Norland ganó sin fraude, afirma, y el conteo coincide.", nil},
		{"es no one named before", "es", "La jornada fue tranquila. Los observadores no encontraron ningún indicio de fraude, afirma, y el conteo coincide.", nil},
	})
}
