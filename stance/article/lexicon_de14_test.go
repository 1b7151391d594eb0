package article

import "testing"

// TestGermanOpinionSources: "Nach Ansicht von X", "Nach Einschätzung von
// X" give the clause after them to X, as "Laut X" does; "Für X ist …" and
// "Nach Ansicht von Experten" with another speaker named do not.
// Sentences written for the test.
func TestGermanOpinionSources(t *testing.T) {
	runLangCases(t, []langCase{
		{"de nach Ansicht von", "de", "Nach Ansicht von Ivo Kask war die Wahl eine Farce.",
			[]langRemark{{Reported, "Ivo Kask", "war die Wahl eine Farce"}}},
		{"de nach Einschätzung von", "de", "Nach Einschätzung von Ivo Kask war die Wahl manipuliert.",
			[]langRemark{{Reported, "Ivo Kask", "war die Wahl manipuliert"}}},
		{"de nach Worten von", "de", "Nach Worten von Lena Dal war die Auszählung korrekt.",
			[]langRemark{{Reported, "Lena Dal", "war die Auszählung korrekt"}}},
		// counter-cases
		{"de für, the reporter's own analysis", "de", "Für Belgrad ist das die ideale Konstellation.", nil},
		{"de für a plain noun", "de", "Für Kinder ist das ein großer Tag.", nil},
	})
}
