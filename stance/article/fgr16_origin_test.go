package article

import "testing"

// TestFgr16GermanOrigin: a German subject with its origin after the name
// ("X aus Velor sprach Y … ab") is the subject, not the person named in
// full after the verb, its dative object (originSubject,
// fgr16_origin.go). Sentences written for the test.
func TestFgr16GermanOrigin(t *testing.T) {
	runLangCases(t, []langCase{
		{"de aus a place", "de", "Auch die Linken-Politikerin Lena Dal aus Velor sprach Jan Olk jede Legitimität ab.",
			[]langRemark{{Action, "Lena Dal", "aus Velor sprach Jan Olk jede Legitimität ab"}}},
		{"de aus a committee", "de", "Der Abgeordnete Ivo Kask aus dem Auswärtigen Ausschuss gratulierte Jan Olk.",
			[]langRemark{{Action, "Ivo Kask", "aus dem Auswärtigen Ausschuss gratulierte Jan Olk"}}},
		// counter-cases: an inverted subject after the verb stays the
		// subject; a place alone before the verb is none
		{"de subject after the verb", "de", "Aus Velor gratulierte Präsident Ivo Kask dem Wahlsieger.",
			[]langRemark{{Action, "Ivo Kask", "gratulierte Präsident Ivo Kask dem Wahlsieger"}}},
	})
}
