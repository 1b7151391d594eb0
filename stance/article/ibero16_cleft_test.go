package article

import "testing"

// TestIberoCleft: the cleft "fue X quien …" / "foi X quem …", with or
// without a description between commas: the relative's verb is X's; an
// object relative ("a quien") is not a cleft's. Sentences written for the
// test.
func TestIberoCleft(t *testing.T) {
	runLangCases(t, []langCase{
		{"es description between commas", "es", "En Velor fue Lena Dal, esposa y portavoz del presidente, quien contó por los medios oficiales que el presidente había llamado al ganador.",
			[]langRemark{{Reported, "Lena Dal", "el presidente había llamado al ganador"}}},
		{"es no comma", "es", "Fue Lena Dal quien contó que el recuento fue limpio.",
			[]langRemark{{Reported, "Lena Dal", "el recuento fue limpio"}}},
		{"pt act", "pt", "Foi o ministro Ivo Kask quem felicitou primeiro o vencedor.",
			[]langRemark{{Action, "Ivo Kask", "felicitou primeiro o vencedor"}}},
		// counter-case: an object relative
		{"es a quien", "es", "La ganadora fue Lena Dal, a quien el tribunal proclamó el lunes.",
			nil},
	})
}
