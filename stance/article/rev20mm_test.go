package article

import "testing"

// TestRev20mmMisfires: near-misses of the mm20 rules (mm20_header.go,
// mm20_joined.go) that must give the quotation or act to no one new —
// section titles and captions above a quotation, a clause or a
// description around a dash, a broadcaster joined — and the rules'
// paraphrases that still fire (sentences invented for the test).
func TestRev20mmMisfires(t *testing.T) {
	const lead = "Reactions\n\nMara Holt won the vote on Sunday.\n\n"
	const q = "\"The count was a fraud.\""
	const fraud = "The count was a fraud."
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a section title in capitals with a colon",
			lead + "BACKGROUND:\n\n" + q,
			[]want{{"", Direct, fraud, 0}}},
		{"a section title of two words with a colon",
			lead + "KEY QUOTES:\n\n" + q,
			[]want{{"", Direct, fraud, 0}}},
		{"a title-case section title with a colon",
			lead + "Reaction:\n\n" + q,
			[]want{{"", Direct, fraud, 0}}},
		{"a group read as a title",
			lead + "WORLD LEADERS REACT:\n\n" + q,
			[]want{{"", Direct, fraud, 0}}},
		{"a photo caption with a bracketed aside",
			lead + "President Ivo Kask (File photo)\n\n" + q,
			[]want{{"", Direct, fraud, 0}}},
		{"a name the article knows as a header",
			lead + "Mara Holt:\n\n" + q,
			[]want{{"Mara Holt", Direct, fraud, 0}}},
		{"a clause before the dash",
			lead + "The mood on Sunday - Election Day: " + q,
			[]want{{"", Direct, fraud, 0}}},
		{"a description after the dash",
			lead + "Ivo Kask - a former general: " + q,
			[]want{{"", Direct, fraud, 0}}},
		{"a label, a dash and a titled name",
			lead + "VELOR - President Ivo Kask: " + q,
			[]want{{"Ivo Kask", Direct, fraud, 0}}},
		{"a place, a long dash and an office with a name",
			lead + "Velor — Foreign Minister Lena Dal: " + q,
			[]want{{"Lena Dal", Direct, fraud, 0}}},
		{"joined a broadcaster to act",
			lead + "Ivo Kask joined Fox News to denounce the result.",
			[]want{{"Ivo Kask", Action, "joined Fox News to denounce the result", 0}}},
		{"joined a radio station to act",
			lead + "Ivo Kask joined Velor Radio to denounce the result.",
			[]want{{"Ivo Kask", Action, "joined Velor Radio to denounce the result", 0}}},
		{"joined a person to act",
			lead + "Ivo Kask joined Lena Dal to reject the result.",
			[]want{{"Ivo Kask", Action, "joined Lena Dal to reject the result", 0}, {"Lena Dal", Action, "joined Lena Dal to reject the result", 1}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
