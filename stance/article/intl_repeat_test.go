package article

import "testing"

// TestExtractLangRepeats: a quotation repeated by its speaker ("«…»,
// repite la candidata", "reitera") is attributed as one said. Sentences
// written for the test.
func TestExtractLangRepeats(t *testing.T) {
	runLangCases(t, []langCase{
		{"es «…», repite la candidata", "es", "Lena Velor habla ante sus seguidores. «No aceptamos estas cifras de ningún modo», repite la candidata del Frente Cívico.",
			[]langRemark{{Direct, "Lena Velor", "No aceptamos estas cifras de ningún modo"}}},
		{"es X reitera que", "es", "Ivo Kask reitera que no reconocerá el resultado.",
			[]langRemark{{Reported, "Ivo Kask", "no reconocerá el resultado"}}},
		// counter-case: a repeated election is no speech
		{"es se repite la elección", "es", "En Velor se repite la elección el domingo.", nil},
	})
}
