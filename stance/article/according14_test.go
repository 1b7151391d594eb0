package article

import "testing"

// TestAccordingToDocument: "according to" a statement names its author,
// and the source of a reported act shares its remark as after "said".
// Sentences written for the test.
func TestAccordingToDocument(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a statement from a titled name",
			"Reactions\n\nThe result was a fraud, according to a statement from opposition leader Ivo Kask.",
			[]want{{"Ivo Kask", Reported, "The result was a fraud", 0}}},
		{"a statement issued by a name",
			"Reactions\n\nThe count had been clean, according to a statement issued by Lena Dal.",
			[]want{{"Lena Dal", Reported, "The count had been clean", 0}}},
		{"the source of someone else's act",
			"Reactions\n\nPresident Lena Dal had sent the winner a telegram, according to Kremlin spokesman Ivo Kask.",
			[]want{{"Lena Dal", Action, "had sent the winner a telegram", 0}, {"Ivo Kask", Reported, "had sent the winner a telegram", 1}}},
		// counter-cases
		{"the actor's own office adds no second speaker",
			"Reactions\n\nIvo Kask rejected the result, according to his office.",
			[]want{{"Ivo Kask", Action, "rejected the result", 0}}},
		{"a statement with no author named",
			"Reactions\n\nLena Dal congratulated the winner, according to a statement from her office.",
			[]want{{"Lena Dal", Action, "congratulated the winner", 0}}},
		{"an act after the source is not what the source reports",
			"Reactions\n\nTurnout was high, according to Ivo Kask, but Lena Dal refused to congratulate the winner.",
			[]want{{"Lena Dal", Action, "refused to congratulate the winner", 0}}},
		{"a report on something else is no statement's author",
			"Reactions\n\nThe count had been clean, according to a report on turnout.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
