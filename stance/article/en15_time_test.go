package article

import "testing"

// TestTimedElidedThat: a speech verb's clause after a time adverbial
// without "that". Sentences written for the test.
func TestTimedElidedThat(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a bare weekday, AP style",
			"Reactions\n\nIvo Kask said Monday the vote had been rigged.",
			[]want{{"Ivo Kask", Reported, "the vote had been rigged", 0}}},
		{"a bare weekday before that",
			"Reactions\n\nIvo Kask said Monday that the vote had been rigged.",
			[]want{{"Ivo Kask", Reported, "the vote had been rigged", 0}}},
		// counter-case (review): the weekday is the clause's subject
		{"a weekday before would",
			"Reactions\n\nIvo Kask said Monday would be a day of mourning for the victims of the vote.",
			[]want{{"Ivo Kask", Reported, "Monday would be a day of mourning for the victims of the vote", 0}}},
		{"a subject without a determiner",
			"Reactions\n\nIvo Kask said on Thursday outsiders had no business judging the count.",
			[]want{{"Ivo Kask", Reported, "outsiders had no business judging the count", 0}}},
		{"a quantifier",
			"Reactions\n\nIvo Kask said on Thursday any government that congratulated Dal was interfering.",
			[]want{{"Ivo Kask", Reported, "any government that congratulated Dal was interfering", 0}}},
		{"a two-word subject",
			"Reactions\n\nIvo Kask said on Thursday ballot boxes had been tampered with.",
			[]want{{"Ivo Kask", Reported, "ballot boxes had been tampered with", 0}}},
		{"an indefinite pronoun",
			"Reactions\n\nIvo Kask said on Thursday anyone proclaiming himself president would answer for it.",
			[]want{{"Ivo Kask", Reported, "anyone proclaiming himself president would answer for it", 0}}},
		{"a capitalised subject after an addressee",
			"Reactions\n\nIvo Kask told journalists Norland had congratulated the winner.",
			[]want{{"Ivo Kask", Reported, "Norland had congratulated the winner", 0}}},
		{"a bare subject after an addressee",
			"Reactions\n\nIvo Kask told reporters outsiders had no business judging the count.",
			[]want{{"Ivo Kask", Reported, "outsiders had no business judging the count", 0}}},
		{"a quantifier after a channel",
			"Reactions\n\nIvo Kask wrote on X any government that congratulated Dal was interfering.",
			[]want{{"Ivo Kask", Reported, "any government that congratulated Dal was interfering", 0}}},
		// counter-cases
		{"a time after an addressee is no subject",
			"Reactions\n\nIvo Kask told reporters Monday that the vote had been rigged.",
			[]want{{"Ivo Kask", Reported, "the vote had been rigged", 0}}},
		{"a weekday and nothing said",
			"Reactions\n\nIvo Kask said Monday.",
			nil},
		{"an object after the time adverbial is no clause",
			"Reactions\n\nIvo Kask thanked on Thursday voters who had queued for hours.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
