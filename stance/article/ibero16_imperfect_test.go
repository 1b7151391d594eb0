package article

import "testing"

// TestImperfectSpeech: imperfect forms of verbs of saying report a
// clause as the preterite does; "contaba con" (had) without a clause
// reports nothing. Sentences written for the test.
func TestImperfectSpeech(t *testing.T) {
	runLangCases(t, []langCase{
		{"es contaba que", "es", "La senadora Lena Dal contaba en la radio que el recuento fue limpio.",
			[]langRemark{{Reported, "Lena Dal", "el recuento fue limpio"}}},
		{"pt dizia que", "pt", "O ministro Ivo Kask dizia aos jornalistas que a eleição foi livre.",
			[]langRemark{{Reported, "Ivo Kask", "a eleição foi livre"}}},
		{"es contaba con: no clause", "es", "La senadora Lena Dal contaba con el apoyo de la mayoría del partido.",
			nil},
	})
}
