package article

import "testing"

// TestStateAbbreviations: a legislator's party and abbreviated state
// after the name (usstate.go); names invented for the test.
func TestStateAbbreviations(t *testing.T) {
	const lead = "Reactions\n\nIvo Kask was declared the winner. "
	tests := []struct {
		name, text string
		want       []want
	}{
		{"between commas, reported speech", lead + "Sen. Mitch Royce, R-Ky., said it was too early to call the race.",
			[]want{{"Mitch Royce", Reported, "it was too early to call the race", 0}}},
		{"between commas, an act", lead + "Sen. Mitch Royce, R-Ky., called Kask to congratulate him.",
			[]want{{"Mitch Royce", Action, "called Kask to congratulate him", 0}}},
		{"in parentheses, two letters", lead + "Rep. Alexandria Ortiz (D-N.Y.) tweeted: \"Congratulations, President-elect Kask!\"",
			[]want{{"Alexandria Ortiz", Direct, "Congratulations, President-elect Kask!", 0}}},
		{"in parentheses, one abbreviation", lead + "Sen. Mitch Royce (R-Ky.) said it was too early to call the race.",
			[]want{{"Mitch Royce", Reported, "it was too early to call the race", 0}}},
		// counter-case: a full stop after a short capitalised word before a
		// new sentence still ends the sentence
		{"a sentence ending in a short word", lead + "Mitch Royce flew to Kyiv. Lena Dal said the count was clean.",
			[]want{{"Lena Dal", Reported, "the count was clean", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
