package article

import "testing"

// TestLab30mlGermanDismissal: "abtun" as a separable act on the vote
// (lexicon_lab30ml.go, fgr14_separable.go), its clause closed by a comma
// or a conjunction. Sentences written for the test.
func TestLab30mlGermanDismissal(t *testing.T) {
	runLangCases(t, []langCase{
		{"de tat … ab und", "de", "Außenministerin Lena Dal tat die Wahl als Inszenierung ab und reiste nach Genf.",
			[]langRemark{{Action, "Lena Dal", "tat die Wahl als Inszenierung ab und reiste nach Genf"}}},
		{"de tut … ab.", "de", "Der Abgeordnete Ivo Kask tut das Ergebnis als bedeutungslos ab.",
			[]langRemark{{Action, "Ivo Kask", "tut das Ergebnis als bedeutungslos ab"}}},
		{"de wies … zurück und", "de", "Oppositionschefin Lena Dal wies das amtliche Ergebnis zurück und rief zu Protesten auf.",
			[]langRemark{{Action, "Lena Dal", "wies das amtliche Ergebnis zurück und rief zu Protesten auf"}}},
		// near misses: the object is off the vote; another particle
		{"de tat den Einwand ab", "de", "Der Trainer Ivo Kask tat den Einwand des Reporters als Unsinn ab und lachte.", nil},
		{"de tat … kund", "de", "Der Abgeordnete Ivo Kask tat seine Meinung zur Wahl kund und ging.", nil},
	})
}
