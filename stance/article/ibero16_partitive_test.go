package article

import "testing"

// TestPartitiveTitle: a partitive title ("uno de los observadores", "um
// dos responsáveis") before a name in apposition makes the name the
// verb's subject; a title with a verb of its own is no title. Sentences
// written for the test.
func TestPartitiveTitle(t *testing.T) {
	runLangCases(t, []langCase{
		{"es uno de los", "es", "Uno de los observadores de la misión, el estadounidense Ivo Kask, dijo que el recuento fue limpio.",
			[]langRemark{{Reported, "Ivo Kask", "el recuento fue limpio"}}},
		{"pt Já um dos", "pt", "Já um dos responsáveis da missão de observação, o norueguês Ivo Kask, preferiu não felicitar ninguém antes de receber as atas.",
			[]langRemark{{Action, "Ivo Kask", "preferiu não felicitar ninguém antes de receber as atas"}}},
		// counter-case: a verb inside the title
		{"es a clause in the title", "es", "Uno de los observadores que felicitaron a la comisión, el estadounidense Ivo Kask, dijo que el recuento fue limpio.",
			nil},
	})
}
