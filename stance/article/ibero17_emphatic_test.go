package article

import "testing"

// TestIbero17Emphatic: "o próprio X" names X for the office that refers
// back next; a lower-case noun after the emphatic is no name. Sentences
// written for the test.
func TestIbero17Emphatic(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt o próprio X, then the office", "pt", "O governo de Ivo Kask reuniu-se ontem. Na terça, o próprio Kaskinho tentou acalmar os ânimos. “A eleição resolve-se com votos contados”, disse o presidente em entrevista.",
			[]langRemark{{Direct, "Kaskinho", "A eleição resolve-se com votos contados"}}},
		{"es el propio X, then the office", "es", "El gobierno de Ivo Kask se reunió ayer. El martes, el propio Kaskito intentó calmar los ánimos. «La elección se resuelve con votos contados», dijo el presidente en una entrevista.",
			[]langRemark{{Direct, "Kaskito", "La elección se resuelve con votos contados"}}},
		// counter-case: a lower-case noun after the emphatic names no one
		{"pt o próprio governo", "pt", "Na terça, o próprio governo tentou acalmar os ânimos. “A eleição resolve-se com votos contados”, disse o presidente em entrevista.",
			[]langRemark{{Direct, "presidente", "A eleição resolve-se com votos contados"}}},
	})
}
