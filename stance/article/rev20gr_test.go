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

// TestRev20grQuoteVerbMan: "man" after "rief", "gab" or "ruft" is no
// speaker, so the quotation before it is not attributed
// (gr20_quoteverb.go). Sentences written for the test.
func TestRev20grQuoteVerbMan(t *testing.T) {
	runLangCases(t, []langCase{
		{"de ruft man", "de", "„Nie wieder“, ruft man in der Menge.", nil},
		{"de gab man", "de", "„Ruhe bewahren“, gab man im Lager der Opposition als Devise aus.", nil},
		// counter-case: a named speaker after the verb still speaks
		{"de rief zu", "de", "„Wir erkennen diese Wahl nicht an“, rief Oppositionsführer Paul Weber seinen Anhängern zu.",
			[]langRemark{{Direct, "Paul Weber", "Wir erkennen diese Wahl nicht an"}}},
	})
}
