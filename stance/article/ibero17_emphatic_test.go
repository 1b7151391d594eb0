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

// TestIbero17OpeningAdverbials: two adverbials between commas before an
// office that refers back, and a place after "en" that is no antecedent.
// Sentences written for the test.
func TestIbero17OpeningAdverbials(t *testing.T) {
	runLangCases(t, []langCase{
		{"es two adverbials, place after en", "es", "El mensaje apareció poco después de la medianoche. Lo firmaba Ivo Kask. Horas más tarde, en declaraciones a la prensa en Puerto Velor, el presidente norlandés fue más lejos y aseguró que su país «no va a convalidar otro fraude».",
			[]langRemark{{Direct, "Ivo Kask", "no va a convalidar otro fraude"}}},
		{"es one adverbial", "es", "El mensaje apareció poco después de la medianoche. Lo firmaba Ivo Kask. Horas más tarde, el presidente norlandés fue más lejos y aseguró que su país «no va a convalidar otro fraude».",
			[]langRemark{{Direct, "Ivo Kask", "no va a convalidar otro fraude"}}},
		// counter-case: with no person named before, the office is its own speaker, not the place
		{"es place after en, no one named", "es", "El mensaje apareció de madrugada. Horas más tarde, en declaraciones a la prensa en Puerto Velor, el presidente norlandés aseguró que su país «no va a convalidar otro fraude».",
			[]langRemark{{Direct, "presidente norlandés", "no va a convalidar otro fraude"}}},
	})
}
