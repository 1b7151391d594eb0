package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

func TestLab27enOutcomeUnchanged(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the faults found in the audit could not alter the outcome", true},
		{"nothing the monitors logged on Sunday would have changed who won", true},
		{"Every complaint was heard, and none of it changes the count.", true},
		{"the mistakes were far too few to affect the result", true},
		{"those glitches changed nothing about who had won", true},
		{"the board had seen no evidence that would change the result", true},
		{"the corrections to two districts had not changed the outcome", true},
		// near-misses
		{"We are not trying to change the result, only to check it", false},
		{"there was no plan to alter the outcome", false},
		{"the recount changed the result by nine votes", false},
		{"unless the court finds something that could change the outcome", false},
		{"the fraud could change the result", false},
		{"nothing was said, and the ruling party changed the figures overnight", false},
		{"they changed the design of the ballot, not the owner of the result", false},
	}
	for _, c := range cases {
		if got := lab27enOutcomeUnchanged(actionWords(c.text)); got != c.want {
			t.Errorf("lab27enOutcomeUnchanged(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	if v := claimStance(ctx, "the irregularities were real but far too few to alter the outcome"); v != verdictRecognising {
		t.Errorf("claimStance = %v, want recognising", v)
	}
	if !claimAbout(ctx, "the errors in three districts were far too few to affect the result") {
		t.Errorf("claimAbout = false, want true")
	}
	if claimAbout(ctx, "the recount changed the result by nine votes") {
		t.Errorf("claimAbout(a change that happened) = true, want false")
	}
}
