package article

import "testing"

// TestVowTo: a vow, pledge, promise or threat to do something is an act
// told with its verb; counter-cases: a vow with a clause, and "promised"
// followed by no infinitive.
func TestVowTo(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"vowed to challenge",
			"Reactions\n\nLena Dal vowed to challenge the result in court.",
			[]want{{"Lena Dal", Action, "vowed to challenge the result in court", 0}}},
		{"promised to contest",
			"Reactions\n\nLena Dal promised to contest the result.",
			[]want{{"Lena Dal", Action, "promised to contest the result", 0}}},
		{"threatened to reject",
			"Reactions\n\nLena Dal threatened to reject the result.",
			[]want{{"Lena Dal", Action, "threatened to reject the result", 0}}},
		// counter-cases
		{"a vow with a clause is reported speech",
			"Reactions\n\nLena Dal vowed that she would never accept the result.",
			[]want{{"Lena Dal", Reported, "she would never accept the result", 0}}},
		{"promised with an object and no infinitive",
			"Reactions\n\nLena Dal promised to the nation a recount.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
