package article

import "testing"

// TestExtractLangSpokenOfThenClause: a German verb of speaking with what
// was spoken of is an act, and the clause after its comma is a clause of
// its own, whose subject may be a surname alone before a verb of acting.
// Sentences written for the test.
func TestExtractLangSpokenOfThenClause(t *testing.T) {
	runLangCases(t, []langCase{
		{"de spricht von …, X gratuliert", "de", "Kask spricht von Manipulation, Dal gratuliert Norland",
			[]langRemark{{Action, "Kask", "spricht von Manipulation"}, {Action, "Dal", "gratuliert Norland"}}},
		// counter-cases: a clause said after adverbials stays the speech;
		// a capitalised noun before a word that is no verb the rules know
		// opens no clause
		{"de sagte am Montag, …", "de", "Ivo Kask sagte am Montag, die Wahl sei gefälscht worden.",
			[]langRemark{{Reported, "Ivo Kask", "die Wahl sei gefälscht worden"}}},
		{"de sprach …, Beobachter zählen", "de", "Ivo Kask sprach von Betrug, Beobachter zählen noch.",
			[]langRemark{{Action, "Ivo Kask", "sprach von Betrug, Beobachter zählen noch"}}},
	})
}
