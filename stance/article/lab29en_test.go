package article

import "testing"

// TestLab29enToneTrailer: a comparison of tone may end with "still" or
// "yet" before the clause's end, and is then the speaker's act.
func TestLab29enToneTrailer(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a sharp comparison ending in still",
			"Reactions\n\nTarn congratulated Ana Berg. Ivo Kask, a union leader, was blunter still.",
			[]want{{"Tarn", Action, "congratulated Ana Berg", 0}, {"Ivo Kask", Action, "was blunter still", 1}}},
		{"a reserved comparison ending in yet",
			"Reactions\n\nTarn congratulated Ana Berg. Velor was more guarded yet.",
			[]want{{"Tarn", Action, "congratulated Ana Berg", 0}, {"Velor", Action, "was more guarded yet", 1}}},
		// counter-case: the clause goes on past the trailer
		{"a comparison going on past still",
			"Reactions\n\nTarn congratulated Ana Berg. Ivo Kask was blunter still about the fees.",
			[]want{{"Tarn", Action, "congratulated Ana Berg", 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPattern(t, tt.text, tt.want) })
	}
	checkActionStance(t, []verdictCase{
		{"was blunter still", verdictHostile},
		{"was more guarded yet", verdictWithholding},
	})
}

// TestLab29enMockedAfter: a recognition act with a mocking manner after
// it is hostile; one without, or with the manner denied, is not.
func TestLab29enMockedAfter(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"welcomed the result with a sneer", verdictHostile},
		{"congratulated Lima with heavy sarcasm", verdictHostile},
		{"hailed the outcome sarcastically", verdictHostile},
		{"greeted the victory with a smirk", verdictHostile},
		// counter-cases: the manner denied; no mocking manner
		{"welcomed the result with no irony at all", verdictRecognising},
		{"welcomed the result with a smile", verdictRecognising},
	})
}
