package article

import "testing"

// TestMiddleInitials: a name with a middle initial is one name wherever it
// stands — mentioned as an object, read before "said", set off by commas
// after an office — and its surname alone is that speaker. Sentences
// written for the test.
func TestMiddleInitials(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"the surname alone after a mention of the full name",
			"Reactions\n\nThe council proclaimed Lena M. Dal the winner.\n\nDal said the result would be respected.",
			[]want{{"Lena M. Dal", Reported, "the result would be respected", 0}}},
		{"the full name before said",
			"Reactions\n\nOpposition leader Tomas J. Verhoef said the count was a fraud.",
			[]want{{"Tomas J. Verhoef", Reported, "the count was a fraud", 0}}},
		{"two initials",
			"Reactions\n\nIvo K. L. Kask said the count was a fraud.",
			[]want{{"Ivo K. L. Kask", Reported, "the count was a fraud", 0}}},
		{"set off by commas after an office",
			"Reactions\n\nThe chancellor's spokesman, Marek T. Hollan, said Berlin had doubts about the vote.",
			[]want{{"Marek T. Hollan", Reported, "Berlin had doubts about the vote", 0}}},
		// counter-cases
		{"a sentence that ends in a lone capital after a common noun",
			"Reactions\n\nThe count favoured option B. Kask said the vote was fair.",
			[]want{{"Kask", Reported, "the vote was fair", 0}}},
		{"an abbreviation is no initial",
			"Reactions\n\nThe U.S. Senate leader Ivo Kask said the vote was fair.",
			[]want{{"Ivo Kask", Reported, "the vote was fair", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
