package article

import "testing"

// TestMl31DescribedActor: a one-word actor that opens the sentence,
// described in apposition with an article, is the subject of the verb
// after the description (ml31_describedactor.go). Sentences written for
// the test.
func TestMl31DescribedActor(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"es Tarsia, el socio …, rechazó", "es", "Título\n\nTarsia, el principal socio comercial del país, rechazó los resultados.",
			[]langRemark{{Action, "Tarsia", "rechazó los resultados"}}},
		{"pt Valdória, o maior vizinho …, felicitou", "pt", "Título\n\nValdória, o maior vizinho do país, felicitou Halvek pela vitória.",
			[]langRemark{{Action, "Valdória", "felicitou Halvek pela vitória"}}},
		// near-miss: an adverb opening the sentence is no actor
		{"es Además, la canciller", "es", "Título\n\nAdemás, la canciller rechazó los resultados.",
			[]langRemark{{Action, "canciller", "rechazó los resultados"}}},
		// near-miss: an adverb in -mente is no actor either
		{"es Finalmente, el …, rechazó", "es", "Título\n\nFinalmente, el último de los observadores, rechazó los resultados.", nil},
	})
}
