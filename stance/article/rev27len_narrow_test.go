package article

import "testing"

func TestRev27lenUnchangedNarrow(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		// the helper's constructions still fire
		{"the late openings did not alter the outcome in any way", true},
		{"the board had seen no evidence that would change the result", true},
		{"the errors did not change the final figures", true},
		{"the appeal would not change the result, which was final", true},
		{"a recount would not change the outcome, and claims of fraud were baseless", true},
		// an accusation after the denial
		{"a recount would not change the outcome, because the fraud was done in the rolls", false},
		{"no appeal will change this stolen result", false},
		{"the irregularities had not changed the outcome only because it was written in advance, and he called the election a fraud", false},
		// a word of none that does not deny the changer
		{"with no observers present, the officials changed the totals overnight", false},
		{"there were no observers in the room when the militia changed the count", false},
		{"the commission did nothing while local officials altered the tallies", false},
		// a condition
		{"we will recognise him once the audit shows the errors did not change the outcome", false},
		{"it would accept the result provided the audit shows the ballots could not alter the outcome", false},
		{"her team would sign off as long as the recount showed the errors did not change the result", false},
		// another matter's result
		{"the vote would not change the government's decision to raise fuel prices", false},
		{"the strikes would not alter the outcome of the pension reform talks", false},
		{"the election had not affected the figures for inflation", false},
		{"the new boundaries did not affect the census totals", false},
		{"the strike would not affect the decision on the new airport", false},
	}
	for _, c := range cases {
		if got := lab27enOutcomeUnchanged(actionWords(c.text)); got != c.want {
			t.Errorf("lab27enOutcomeUnchanged(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
