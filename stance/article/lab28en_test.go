package article

import "testing"

func TestLab28enSettledBefore(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the result had been fixed well before anyone voted", true},
		{"the race was settled weeks before polling day", true},
		{"the contest was compromised before a single ballot was cast", true},
		{"the figures were written long before the polls opened", true},
		// near-misses: a negation, a "before" that is only a time, no result.
		{"the result was not decided before anyone voted", false},
		{"the result was decided before the court ruled on the appeal", false},
		{"the date was fixed before the campaign opened", false},
		{"the committee decided before voting began to keep its seat", false},
	}
	for _, c := range cases {
		if got := lab28enSettledBefore(actionWords(c.text)); got != c.want {
			t.Errorf("lab28enSettledBefore(%q) = %v, want %v", c.text, got, c.want)
		}
		if got := preDecided(c.text); got != c.want {
			t.Errorf("preDecided(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestLab28enOmission: a negated verb of mentioning with the winner or a
// name after it is its subject's act, and a statement that opens the
// sentence and left someone out is its author's, the speaker before
// (sentences invented for the test).
func TestLab28enOmission(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"he did not mention a name",
			"Reactions\n\nOla Berg, the envoy, praised the voters. He did not mention Lima by name.",
			[]want{{"Ola Berg", Action, "praised the voters", 0}, {"Ola Berg", Action, "did not mention Lima by name", 1}}},
		{"she never named the winner",
			"Reactions\n\nEva Lund thanked the observers. She never named the winner.",
			[]want{{"Eva Lund", Action, "never named the winner", 0}}},
		{"the statement did not congratulate",
			"Reactions\n\nEva Lund, a spokeswoman, praised the calm vote. The statement did not congratulate Lima.",
			[]want{{"Eva Lund", Action, "praised the calm vote", 0}, {"Eva Lund", Action, "did not congratulate Lima", 1}}},
		{"her statement, an adverb first",
			"Reactions\n\nEva Lund praised the calm vote. Pointedly, her statement did not mention the president-elect.",
			[]want{{"Eva Lund", Action, "praised the calm vote", 0}, {"Eva Lund", Action, "did not mention the president-elect", 1}}},
		// near-misses: no name or winner after the verb, no negation, a
		// statement that says something
		{"did not mention the economy",
			"Reactions\n\nOla Berg arrived late. He did not mention the economy.",
			nil},
		{"mentioned without a negation",
			"Reactions\n\nOla Berg arrived late. He mentioned Lima twice.",
			nil},
		{"the statement said",
			"Reactions\n\nThe board met on Monday. The statement was short.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

func TestLab28enDeniedDemand(t *testing.T) {
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"called for the election to be annulled", verdictHostile},
		{"did not call for the election to be annulled", verdictWithholding},
		{"stopped short of asking for a new vote", verdictWithholding},
		{"declined to call for a fresh election", verdictWithholding},
		{"never demanded a rerun", verdictWithholding},
		// near-misses: "not only" is no denial; a denied recount is still verification
		{"not only called for a rerun but for a new commission", verdictHostile},
		{"did not ask for a recount", verdictWithholding},
		{"did not ask for anything", verdictNone},
	}
	for _, c := range cases {
		if got := demandVerdict(actionWords(c.text), nil); got != c.want {
			t.Errorf("demandVerdict(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
