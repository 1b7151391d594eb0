package article

import "testing"

// TestExtractLangColonOpener: a pronoun after a quotation refers to the
// person who opens the sentence when a colon after their verb introduces
// the quotation; not to a person named after a preposition. Reported
// speech before "…, schrieb er" starts after such a colon. Sentences
// written for the test.
func TestExtractLangColonOpener(t *testing.T) {
	runLangCases(t, []langCase{
		{"de Auch X meldete sich zu Wort:", "de", "Auch der frühere Präsident Jan Olk meldete sich zu Wort: Lind werde „das Land wirklich voranbringen“, schrieb er.",
			[]langRemark{{Direct, "Jan Olk", "das Land wirklich voranbringen"}}},
		{"de reported clause after the colon", "de", "Kanzler Jan Olk blieb vorsichtig: Man werde das amtliche Ergebnis abwarten, sagte er.",
			[]langRemark{{Reported, "Jan Olk", "Man werde das amtliche Ergebnis abwarten"}}},
		// counter-case: the person follows a preposition
		{"de person after a preposition", "de", "Nach dem Treffen mit Präsident Jan Olk wurde es deutlich: Lind werde „das Land wirklich voranbringen“, schrieb er.",
			[]langRemark{{Direct, "", "das Land wirklich voranbringen"}}},
	})
}
