package article

import "testing"

// TestProperThenPast: a clause without "that" after "warned" whose subject
// is a proper noun and whose verb is a past tense; counter-cases: an
// addressee in lower case before a participle, and a name followed by
// "that".
func TestProperThenPast(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a country and an -ed verb",
			"Reactions\n\nLena Dal warned Russia expected nothing from the new government.",
			[]want{{"Lena Dal", Reported, "Russia expected nothing from the new government", 0}}},
		{"the and a name of two words",
			"Reactions\n\nLena Dal warned the United States looked forward to the official results.",
			[]want{{"Lena Dal", Reported, "the United States looked forward to the official results", 0}}},
		// counter-cases
		{"a lower-case addressee before a participle",
			"Reactions\n\nLena Dal warned reporters gathered outside that the count was rigged.",
			[]want{{"Lena Dal", Reported, "the count was rigged", 0}}},
		{"a named addressee before that",
			"Reactions\n\nLena Dal warned Ivo Kask that the count was rigged.",
			[]want{{"Lena Dal", Reported, "the count was rigged", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
