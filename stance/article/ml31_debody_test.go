package article

import "testing"

// TestMl31DeBody: a German ministry or government compound after a
// lower-case adjective of nationality is the subject of a speech verb,
// also with "ebenfalls" or "erneut" before the comma (lexicon_ml31.go).
// Sentences written for the test.
func TestMl31DeBody(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de das tarsische Außenministerium erklärte", "de", "Titel\n\nDas tarsische Außenministerium erklärte, die Wahl sei nicht frei gewesen.",
			[]langRemark{{Reported, "tarsische Außenministerium", "die Wahl sei nicht frei gewesen"}}},
		{"de die norländische Regierung erklärte ebenfalls", "de", "Titel\n\nDie norländische Regierung erklärte ebenfalls, das Ergebnis sei gefälscht.",
			[]langRemark{{Reported, "norländische Regierung", "das Ergebnis sei gefälscht"}}},
		{"de Swiss spelling, erneut", "de", "Titel\n\nDas tarsische Aussenministerium betonte erneut, die Wahl sei fair gewesen.",
			[]langRemark{{Reported, "tarsische Aussenministerium", "die Wahl sei fair gewesen"}}},
		// an office before the verb of a comment not made: the verb ends
		// the office, it is no modifier of it
		{"de der Außenminister gab keinen Kommentar ab", "de", "Titel\n\nDer Außenminister gab keinen Kommentar zum Wahlergebnis ab.",
			[]langRemark{{Action, "Außenminister", "gab keinen Kommentar zum Wahlergebnis ab"}}},
		{"de das tarsische Außenministerium gab keinen Kommentar ab", "de", "Titel\n\nDas tarsische Außenministerium gab keinen Kommentar zum Wahlergebnis ab.",
			[]langRemark{{Action, "tarsische Außenministerium", "gab keinen Kommentar zum Wahlergebnis ab"}}},
		// near-miss: "ebenfalls" opening a sentence with no speech verb
		{"de ebenfalls, no speech", "de", "Titel\n\nEbenfalls am Montag sprach Jonas Falk mit Reportern.", nil},
	})
}
