package article

import "testing"

// TestRev20grSubjunctiveNotE: "wurde" and quantifiers in -e after a
// pronoun are no subjunctive of reported speech (gr20_subjunctive.go).
func TestRev20grSubjunctiveNotE(t *testing.T) {
	for in, want := range map[string]bool{
		"er wurde": false, "sie wurde": false, "sie einige": false, "sie mehrere": false,
		"er werde": true, "man wende": true,
	} {
		toks := tokenize(nil, in, 0, len(in), nil, 0)
		if got := deSubjunctive(toks, 1); got != want {
			t.Errorf("deSubjunctive(%q) = %v, want %v", in, got, want)
		}
	}
	runLangCases(t, []langCase{
		{"de er wurde after a colon", "de", "Der Minister Jan Nowak reiste am Montag nach Paris: Er wurde dort vom Präsidenten empfangen.", nil},
		// counter-case: a verb in -e is still reported speech
		{"de er wuensche after a colon", "de", "Der Präsident Ivo Kask meldete sich aus Riga: Er wünsche dem Sieger Karl Maier viel Erfolg.",
			[]langRemark{{Reported, "Ivo Kask", "Er wünsche dem Sieger Karl Maier viel Erfolg"}}},
	})
}
