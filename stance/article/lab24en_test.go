package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// lab24enCtx is the election of the lab24en tests (names invented).
var lab24enCtx = stance.Context{Winner: []string{"Ana Lind", "Lind"}, Rivals: []string{"Piet Vos", "Vos"}}

// TestLab24enRenouncedChallenge: a speaker who will not stand in the way
// of the winner or the result, block the transition, or take the result
// to court recognises it (claimStance; sentences invented for the test).
func TestLab24enRenouncedChallenge(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"The race is over, and I will not stand in the way of the woman the people chose", verdictRecognising},
		{"we won't get in the way of the new president", verdictRecognising},
		{"the party would not stand in the way of Lind's government", verdictRecognising},
		{"Lind deserves a chance, and I will not stand in her way", verdictRecognising},
		{"the army will never block the transition", verdictRecognising},
		{"the opposition would not obstruct the handover of power", verdictRecognising},
		{"he would not take the result to the Constitutional Court", verdictRecognising},
		{"they had decided not to bring the dispute before the supreme court", verdictRecognising},
		// near-misses: another object, a rival's cause, a condition, the streets, a hedge
		{"I will not stand in the way of a fair recount", verdictNone},
		{"we will not stand in the way of Vos's appeal", verdictNone},
		{"we will not stand in the way of the president until all complaints are heard", verdictNone},
		{"he would not take the result to court but to the streets", verdictNone},
		{"he would take the result to the Constitutional Court", verdictNone},
		{"nobody asked whether they would not block the transition", verdictNone},
		{"the police did not block the road", verdictNone},
	}
	for _, tt := range tests {
		if got := claimStance(lab24enCtx, tt.text); got != tt.want {
			t.Errorf("claimStance(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestLab24enDisputeGoesOn: a dispute over the result said to go on, or a
// win said to be got by foul means, rejects the result (sentences
// invented for the test).
func TestLab24enDisputeGoesOn(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the party would keep fighting the declaration", true},
		{"his party would continue to challenge the result", true},
		{"they would go on contesting the outcome in every forum", true},
		{"she vowed to keep disputing the count", true},
		{"Lind had won on lies about the economy", true},
		{"Lind won through intimidation and vote buying", true},
		{"Lind's victory was built on bribes", true},
		{"Lind secured her victory by fraud", true},
		// near-misses: a programme, a negation, a condition, a margin, fair means, a hedge
		{"the party would keep fighting for lower taxes", false},
		{"they would continue to oppose the pension reform", false},
		{"the party would not keep fighting the result", false},
		{"they would keep challenging the count unless the court ordered a recount", false},
		{"Lind won by a landslide", false},
		{"Lind won through hard work and long campaigning", false},
		{"Lind won with the support of the ruling coalition", false},
		{"he denied that Lind won through intimidation", false},
		{"Vos won through intimidation in the north", false},
		{"Lind had won with no major irregularities reported", false},
		{"Lind won without any fraud", false},
	}
	for _, tt := range tests {
		if got := disputeGoesOn(lab24enCtx, tt.text); got != tt.want {
			t.Errorf("disputeGoesOn(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
