package article

import "testing"

// TestTailAttribution16: reported speech without quotation marks whose
// attribution comes last ("…, Lena Dal said"), as wire reports write it;
// counter-cases where the clause before the comma is no remark.
func TestTailAttribution16(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a possessive opens the reported clause",
			"Reactions\n\nHis country would not recognise the outcome, Lena Dal said.",
			[]want{{"Lena Dal", Reported, "His country would not recognise the outcome", 0}}},
		{"a quantifier opens the reported clause",
			"Reactions\n\nNo country should rush to congratulate anyone, Lena Dal said.",
			[]want{{"Lena Dal", Reported, "No country should rush to congratulate anyone", 0}}},
		{"a demonstrative opens the reported clause",
			"Reactions\n\nThis vote was rigged from the start, Lena Dal said.",
			[]want{{"Lena Dal", Reported, "This vote was rigged from the start", 0}}},
		{"an institution attributes an act",
			"Reactions\n\nVelor congratulated the people of Norland on a peaceful vote, the embassy said.",
			[]want{{"embassy", Reported, "Velor congratulated the people of Norland on a peaceful vote", 0}, {"Velor", Action, "Velor congratulated the people of Norland on a peaceful vote", 1}}},
		{"told with its addressee attributes an act",
			"Reactions\n\nThe government would not recognise the outcome, Lena Dal told reporters on Monday.",
			[]want{{"Lena Dal", Reported, "The government would not recognise the outcome", 0}, {"government", Action, "The government would not recognise the outcome", 1}}},
		{"a spokesperson attributes what the subject noted",
			"Reactions\n\nVelor had noted concerns about irregularities, spokesman Jon Roe said.",
			[]want{{"Jon Roe", Reported, "Velor had noted concerns about irregularities", 0}, {"Velor", Reported, "Velor had noted concerns about irregularities", 1}}},
		{"wrote on X ends the sentence: the letter is no initial",
			"Reactions\n\nVelor would wait for the final count, Lena Dal wrote on X. Ivo Kask said the vote was clean.",
			[]want{{"Lena Dal", Reported, "Velor would wait for the final count", 0}, {"Ivo Kask", Reported, "the vote was clean", 1}}},
		{"posted is an attribution verb",
			"Reactions\n\nThe count had been rigged in the capital, Lena Dal posted on X.",
			[]want{{"Lena Dal", Reported, "The count had been rigged in the capital", 0}}},
		{"an opening according to gives the act after it to its source too",
			"Reactions\n\nAccording to President Ivo Kask, Velor would not accept the claim of victory.",
			[]want{{"Velor", Action, "would not accept the claim of victory", 0}, {"Ivo Kask", Reported, "would not accept the claim of victory", 1}}},
		// counter-cases
		{"a time adverbial with this is no reported clause",
			"Reactions\n\nThis week the commission finished the count in every district, Lena Dal said.",
			nil},
		{"an initial after a name stays an initial",
			"Reactions\n\nLena M. Dal said the vote was clean.",
			[]want{{"Lena M. Dal", Reported, "the vote was clean", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestPortfolio: an office or a ministry named with its portfolio after
// "of" ("Minister of Foreign Affairs Lena Dal"); counter-case: a name after
// "of" that is no portfolio.
func TestPortfolio(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a minister with the portfolio, then the name",
			"Reactions\n\nThe vote was rigged, Minister of Foreign Affairs Lena Dal said. Dal later added that Velor would wait.",
			[]want{{"Lena Dal", Reported, "The vote was rigged", 0}, {"Lena Dal", Reported, "Velor would wait", 1}}},
		{"a ministry named in full",
			"Reactions\n\nThe vote was rigged, the Ministry of Foreign Affairs said.",
			[]want{{"Ministry of Foreign Affairs", Reported, "The vote was rigged", 0}}},
		{"a department with two portfolios",
			"Reactions\n\nThe vote was rigged, Velor’s Department of Foreign Affairs and Trade said.",
			[]want{{"Velor’s Department of Foreign Affairs and Trade", Reported, "The vote was rigged", 0}}},
		// counter-case
		{"the leader of a party named after of keeps the party out of the name",
			"Reactions\n\nThe vote was rigged, Leader of the Opposition Ivo Kask said.",
			[]want{{"Ivo Kask", Reported, "The vote was rigged", 0}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}
