package article

import "testing"

// TestExtractLangBodyKind: an occupation's title heading a body named
// after a word of its kind ("la plataforma ciudadana X") is an office,
// with its holder's name in apposition (intl_bodykind12.go). Sentences
// written for the test.
func TestExtractLangBodyKind(t *testing.T) {
	runLangCases(t, []langCase{
		{"es plataforma ciudadana", "es", "El coordinador de la plataforma ciudadana Vigía Norland, Ivo Kask, pidió al tribunal publicar todas las actas.",
			[]langRemark{{Action, "Ivo Kask", "pidió al tribunal publicar todas las actas"}}},
		{"es after an opening adverbial", "es", "En la misma línea, la directora de la organización Velor Transparente, Lena Dal, dijo que el recuento no ha terminado.",
			[]langRemark{{Reported, "Lena Dal", "el recuento no ha terminado"}}},
		{"pt organização", "pt", "A diretora da organização Velor Transparente, Lena Dal, afirmou que a contagem ainda não terminou.",
			[]langRemark{{Reported, "Lena Dal", "a contagem ainda não terminou"}}},
		// counter-cases: no named body after the kind, and a stop between
		// the kind and a place
		{"es no named body", "es", "El coordinador de la escuela local, Ivo Kask, pidió calma.", nil},
		{"pt a place after a preposition", "pt", "O coordenador da escola em Velor, Ivo Kask, pediu calma.", nil},
	})
}
