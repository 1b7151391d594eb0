package article

import "testing"

// TestOpenedDescription: a description set off by commas before a name
// ("the party's head of elections, Lena Dal,") is found after the
// sentence's opening adverbials or after a colon, so the name, not the
// office, is the subject and a later "he" or "she" goes to it.
func TestOpenedDescription(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"two comma adverbials, then the description and the name",
			"Reactions\n\nEven before that, in the small hours of Saturday, the party's head of elections, Lena Dal, had gone further at a briefing. She told reporters that the party would not accept the figures.",
			[]want{{"Lena Dal", Reported, "the party would not accept the figures", 0}}},
		{"one multi-word adverbial",
			"Reactions\n\nOn Saturday, the movement's chief agent, Ivo Kask, said the count in Norland was a fraud.",
			[]want{{"Ivo Kask", Reported, "the count in Norland was a fraud", 0}}},
		{"after a colon",
			"Reactions\n\nVelor was quick: the ambassador to Norland, Ivo Kask, congratulated the winner on a clean election.",
			[]want{{"Ivo Kask", Action, "congratulated the winner on a clean election", 0}}},
		// counter-case: the description holds a verb, so it is no description
		{"a clause before the name is no description",
			"Reactions\n\nOn Saturday, the party said its agent, Ivo Kask, had seen the count in Norland.",
			[]want{{"party", Reported, "its agent, Ivo Kask, had seen the count in Norland", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestSubordinateClosed: a fronted clause of time ("When the commission
// announced its figures,") ends at its comma; a speech verb inside it
// reports no more than its own object, and the main clause keeps its
// speaker and remark.
func TestSubordinateClosed(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"when-clause, then a name with an apposition",
			"Reactions\n\nWhen the commission announced its figures, Ivo Kask, a spokesman for the Velor government, said Velor would say nothing until the court had ruled.",
			[]want{{"Ivo Kask", Reported, "Velor would say nothing until the court had ruled", 0}}},
		{"after-clause, then a plain name",
			"Reactions\n\nAfter the board declared the result, Lena Dal told reporters the vote in Norland had been stolen.",
			[]want{{"Lena Dal", Reported, "the vote in Norland had been stolen", 0}}},
		// counter-case: no subordinator opens the sentence; the comma
		// closes nothing and the report runs on
		{"a report without a fronted clause",
			"Reactions\n\nThe commission announced that the count was over, and that Lena Dal had won in Norland.",
			[]want{{"commission", Reported, "the count was over, and that Lena Dal had won in Norland", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestOrgAnd: "and" inside an organisation's name after "for" or "of"
// ("the Rally for Democracy and Progress") is part of the name; the
// person before "of the …" is the subject, not the name's last word.
func TestOrgAnd(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"person of an organisation with and in its name",
			"Reactions\n\nIvo Kask of the Rally for Justice and Progress said his party would not accept the count in Norland.",
			[]want{{"Ivo Kask", Reported, "his party would not accept the count in Norland", 0}}},
		// counter-case: two people joined by "and"; the second one speaks
		{"a place and the next person",
			"Reactions\n\nLeaders who called included President Ivo Kask of Velor and Sarnian President Lena Dal. Lena Dal said the count in Norland was fair.",
			[]want{{"Ivo Kask", Action, "called", 0}, {"Lena Dal", Action, "called", 1}, {"Lena Dal", Reported, "the count in Norland was fair", 2}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
