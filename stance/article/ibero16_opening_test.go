package article

import "testing"

// TestComplexPrepOpening: an adverbial that opens with a preposition of
// several words ("Frente a …", "Diante dos …") before a speech verb with
// no subject: the subject is the person the previous sentence named; with
// no one named, there is no speaker. Sentences written for the test.
func TestComplexPrepOpening(t *testing.T) {
	runLangCases(t, []langCase{
		{"es Frente a …, advirtió que", "es", "Ivo Kask marcó la pauta esa misma noche. Frente a la militancia de su partido, advirtió que la distancia no supera el número de votos observados.",
			[]langRemark{{Reported, "Ivo Kask", "la distancia no supera el número de votos observados"}}},
		{"pt Diante dos …, disse que", "pt", "Lena Dal falou na sede do partido. Diante dos apoiantes, disse que o resultado ainda não é definitivo.",
			[]langRemark{{Reported, "Lena Dal", "o resultado ainda não é definitivo"}}},
		// counter-case: no one named before
		{"es Frente a …, with no one named", "es", "La noche fue larga en la capital. Frente a la sede del partido, advirtió que la distancia es mínima.",
			nil},
	})
}
