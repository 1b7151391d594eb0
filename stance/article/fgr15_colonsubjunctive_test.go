package article

import "testing"

// TestExtractLangColonSubjunctive: a German clause in the subjunctive of
// reported speech after a colon is what the clause's subject said.
// Sentences written for the test.
func TestExtractLangColonSubjunctive(t *testing.T) {
	runLangCases(t, []langCase{
		{"de subject with apposition", "de", "Sein Partner Ivo Kask, Chef der Velor-Partei, gab sich zurückhaltender: Einsprüche seien ein demokratisches Recht, die Behörde solle rasch entscheiden.",
			[]langRemark{{Reported, "Ivo Kask", "Einsprüche seien ein demokratisches Recht, die Behörde solle rasch entscheiden"}}},
		{"de subject after the verb", "de", "Zurückhaltender blieb die Abgeordnete Lena Dal: Man müsse das Urteil abwarten.",
			[]langRemark{{Reported, "Lena Dal", "Man müsse das Urteil abwarten"}}},
		// counter-cases: the indicative after the colon, the first person,
		// and no person before the colon
		{"de indicative", "de", "Die Abgeordnete Lena Dal blieb ruhig: Das Gericht entscheidet im Mai.", nil},
		{"de first person", "de", "Die Abgeordnete Lena Dal blieb ruhig: Ich habe keine Eile.", nil},
		{"de no person", "de", "Die Lage bleibt offen: Einsprüche seien ein demokratisches Recht.", nil},
	})
}

// TestExtractLangColonSubjunctiveNot: a person after a preposition is no
// subject of the clause before the colon.
func TestExtractLangColonSubjunctiveNot(t *testing.T) {
	runLangCases(t, []langCase{
		{"de person after a preposition", "de", "Nach dem Treffen mit Präsident Ivo Kask wurde es deutlich: Die Wahl sei frei gewesen.", nil},
		// a verb of receiving: what the subject was told (found by review)
		{"de verb of receiving", "de", "Ivo Kask erhielt einen Brief von Lena Dal: Die Wahl sei gültig.", nil},
	})
}
