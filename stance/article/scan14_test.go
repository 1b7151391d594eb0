package article

import "testing"

// TestPlainDashes: a dash typed as " - " or "--" sets off an apposition
// as "—" does; a hyphen inside a word or a name stays one. Sentences
// written for the test.
func TestPlainDashes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a spaced hyphen around an apposition",
			"Reactions\n\nIvo Kask - a long-time critic of Dal - said the vote was rigged.",
			[]want{{"Ivo Kask", Reported, "the vote was rigged", 0}}},
		{"double hyphens around an apposition",
			"Reactions\n\nIvo Kask -- a long-time critic of Dal -- said the vote was rigged.",
			[]want{{"Ivo Kask", Reported, "the vote was rigged", 0}}},
		{"a spaced hyphen after a wire dateline",
			"Reactions\n\nGENEVA (Reuters) - Ivo Kask said the vote was rigged.",
			[]want{{"Ivo Kask", Reported, "the vote was rigged", 0}}},
		// counter-case: hyphens inside words and names
		{"hyphens inside a name and a word",
			"Reactions\n\nLena Dal-Kask, a pro-government senator, said the count was fair.",
			[]want{{"Lena Dal-Kask", Reported, "the count was fair", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
