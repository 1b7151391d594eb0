package article

import "testing"

// TestExtractLangLetSay: "X ließ (über/durch Y) ausrichten/mitteilen, er
// …" is X's reported speech (intl_letsay.go). Sentences written for the
// test.
func TestExtractLangLetSay(t *testing.T) {
	runLangCases(t, []langCase{
		{"de ließ über X ausrichten", "de", "Präsident Paul Berg ließ über den Palast ausrichten, er hoffe auf gute Beziehungen.",
			[]langRemark{{Reported, "Paul Berg", "er hoffe auf gute Beziehungen"}}},
		{"de ließ mitteilen", "de", "Kanzlerin Eva Lind ließ mitteilen, sie gratuliere dem Wahlsieger.",
			[]langRemark{{Reported, "Eva Lind", "sie gratuliere dem Wahlsieger"}}},
		{"de sagte der Agentur X zufolge", "de", "Außenminister Paul Berg sagte der Agentur Velor zufolge, man respektiere den Willen des Volkes.",
			[]langRemark{{Reported, "Paul Berg", "man respektiere den Willen des Volkes"}}},
		// counter-case: a postposition that names no source
		{"de sagte dem Gesetz entsprechend", "de", "Außenminister Paul Berg sagte dem Gesetz entsprechend, man respektiere den Willen des Volkes.", nil},
		// counter-case: another infinitive after the channel is no message
		{"de ließ über X prüfen", "de", "Präsident Paul Berg ließ über den Palast prüfen, ob die Wahl gültig sei.", nil},
	})
}

// TestExtractLangLeftUncommented: "X ließ die Wahl unkommentiert" keeps a
// silence ("ließ ließen" end the German keeps, "unkommentiert" the
// silentWords). Sentences written for the test.
func TestExtractLangLeftUncommented(t *testing.T) {
	runLangCases(t, []langCase{
		{"de ließ die Wahl unkommentiert", "de", "Auch Kommissionspräsidentin Lena Dal ließ die Wahl unkommentiert.",
			[]langRemark{{Action, "Lena Dal", "ließ die Wahl unkommentiert"}}},
		// counter-case: having something checked is no silence
		{"de ließ die Wahl prüfen", "de", "Auch Kommissionspräsidentin Lena Dal ließ die Wahl prüfen.", nil},
	})
}
