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

func TestLab30mlDismissed(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"tat die Wahl als Inszenierung ab", true},
		{"tut das amtliche Ergebnis als bedeutungslos ab", true},
		{"hat die Bilanz der Beobachter als geschönt abgetan", true},
		{"hatte die Abstimmung schon vorher als Theater abgetan", true},
		// near misses: a charge dismissed defends the vote; no particle; another object
		{"tat die Vorwürfe der Opposition als haltlos ab", false},
		{"hat die Bedenken gegen die Auszählung als übertrieben abgetan", false},
		{"sah die Wahl als Wendepunkt", false},
		{"tat den Einwand des Reporters als Unsinn ab", false},
	}
	for _, c := range cases {
		if got := lab30mlDismissed("de", actionWords(c.text)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
	if lab30mlDismissed("es", actionWords("tat die Wahl als Farce ab")) {
		t.Error("German only")
	}
}
