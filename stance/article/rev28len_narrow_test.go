package article

import "testing"

// TestRev28lenSettledBefore: a vote that ended or was counted is a
// landslide, not a result fixed in advance, and a denied claim is no
// claim (sentences invented for the test).
func TestRev28lenSettledBefore(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the result had been decided well before voters went to the polls", true},
		{"the count was arranged days before the vote", true},
		// near-misses: the vote ending, a denial
		{"the race was effectively decided long before the polls closed", false},
		{"the contest was settled well before the last ballots were counted", false},
		{"nobody can seriously say the result was decided before a single vote was cast", false},
		{"she rejected claims that the outcome had been fixed long before polling day", false},
	}
	for _, c := range cases {
		if got := preDecided(c.text); got != c.want {
			t.Errorf("preDecided(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRev28lenOmission: a capitalised object of a negated "mention" is a
// name only when it stands alone (sentences invented for the test).
func TestRev28lenOmission(t *testing.T) {
	tests := []struct {
		name, text string
		want       []want
	}{
		{"a name once",
			"Reactions\n\nOla Berg praised the voters. He did not mention Lima once.",
			[]want{{"Ola Berg", Action, "praised the voters", 0}, {"Ola Berg", Action, "did not mention Lima once", 1}}},
		{"a noun phrase opened by a capital",
			"Reactions\n\nOla Berg presented the budget. He did not mention Christmas bonuses.",
			nil},
		{"a country and the vote",
			"Reactions\n\nOla Berg spoke about exports. He did not mention Norland or the election at all.",
			nil},
		{"a name and the result",
			"Reactions\n\nOla Berg praised the voters. He did not mention Lima or the result.",
			[]want{{"Ola Berg", Action, "praised the voters", 0}, {"Ola Berg", Action, "did not mention Lima or the result", 1}}},
		{"a day's event",
			"Reactions\n\nEva Lund spoke about wages. She did not mention Monday's strike.",
			nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) { checkPattern(t, tc.text, tc.want) })
	}
}

// TestRev28lenDeniedDemand: a negation of another verb before the demand
// leaves it hostile (sentences invented for the test).
func TestRev28lenDeniedDemand(t *testing.T) {
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"did not explicitly call for a new vote", verdictWithholding},
		{"stopped short of calling for a rerun", verdictWithholding},
		// near-misses: another verb negated
		{"refused to concede, calling for a fresh election", verdictHostile},
		{"did not hesitate to call for the result to be annulled", verdictHostile},
		{"was not surprised and demanded a new election", verdictHostile},
		{"who would not concede, called for a new vote", verdictHostile},
		// a denied demand, then a charge of fraud: left to the other rules
		{"stopped short of calling for a rerun but called the count a fraud", verdictNone},
		{"stopped short of calling for a rerun but said there was no fraud", verdictWithholding},
	}
	for _, c := range cases {
		if got := demandVerdict(actionWords(c.text), nil); got != c.want {
			t.Errorf("demandVerdict(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
