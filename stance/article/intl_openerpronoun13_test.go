package article

import "testing"

// TestExtractLangOpenerPronoun: a subject pronoun later in a sentence
// that opens with a person named in full is that person, not the speaker
// of the sentence before; a pronoun opening its sentence still goes back.
// Sentences written for the test.
func TestExtractLangOpenerPronoun(t *testing.T) {
	runLangCases(t, []langCase{
		{"es también él", "es", "El candidato Ivo Kask felicitó a Ana Velor. Luis Parra, tercero en el recuento, se tomó dos días: el jueves también él dio por perdida la contienda.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Ana Velor"}, {Action, "Luis Parra", "dio por perdida la contienda"}}},
		{"pt também ele", "pt", "O candidato Ivo Kask felicitou Ana Velor. Luis Parra, terceiro na contagem, esperou dois dias: na quinta-feira também ele aceitou a derrota.",
			[]langRemark{{Action, "Ivo Kask", "felicitou Ana Velor"}, {Action, "Luis Parra", "aceitou a derrota"}}},
		{"es a name in a complement and a body between", "es", "Luis Parra, del partido de Ana Velor, tercero en el recuento, esperó: según constató el Centro Norland, el jueves también él dio por perdida la contienda.",
			[]langRemark{{Action, "Luis Parra", "dio por perdida la contienda"}}},
		// counter-case (review probe): another person named between the
		// opener and the pronoun; the pronoun is the nearer person's
		{"es another named between", "es", "Lena Dal se reunió con el candidato Pablo Ruiz, y luego él dio por perdida la contienda.",
			[]langRemark{{Action, "Pablo Ruiz", "dio por perdida la contienda"}}},
		{"pt another named between", "pt", "O ministro Tomas Berg recebeu a senadora Lena Dal, e ela disse que a votação foi uma fraude.",
			[]langRemark{{Reported, "Lena Dal", "a votação foi uma fraude"}}},
		// counter-case: a pronoun that opens its sentence is the last speaker
		{"es él opens", "es", "El candidato Ivo Kask felicitó a Ana Velor. Él dijo además que la elección fue limpia y ejemplar.",
			[]langRemark{{Action, "Ivo Kask", "felicitó a Ana Velor"}, {Reported, "Ivo Kask", "la elección fue limpia y ejemplar"}}},
	})
}
