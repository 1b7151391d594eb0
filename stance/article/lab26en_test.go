package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// lab26enCtx is the election of the lab26en tests (names invented).
var lab26enCtx = stance.Context{Winner: []string{"Ana Lind", "Lind"}, Rivals: []string{"Piet Vos", "Vos"}}

// TestLab26enDisputeRenounced: a negation of disputing the result, the
// winner or the new government renounces the dispute (lab24Verdict
// recognising; sentences invented for the test).
func TestLab26enDisputeRenounced(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"the losing camp had not contested the count", verdictRecognising},
		{"the party will not challenge the result", verdictRecognising},
		{"we won't dispute Lind's victory", verdictRecognising},
		{"she would not try to fight the outcome", verdictRecognising},
		{"I do not question the result", verdictRecognising},
		{"this is a request for papers, not a campaign against the president", verdictRecognising},
		{"it was never a challenge to the result", verdictRecognising},
		// near-misses: another verb's object, a delay, a condition, another object, a rival's cause
		{"voters had not been offered a genuine contest, and the government was accused", verdictNone},
		{"Vos has not yet challenged the result", verdictNone},
		{"we will not challenge the result until the audit is done", verdictNone},
		{"we will not contest the seat in the north", verdictNone},
		{"they did not challenge Vos's claim", verdictNone},
		{"the party will challenge the result", verdictNone},
		{"not a campaign of threats against opponents", verdictNone},
	}
	for _, tt := range tests {
		if got := lab24Verdict(lab26enCtx, tt.text); got != tt.want {
			t.Errorf("lab24Verdict(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestLab26enActs: a greeting of the winner by title, a journey's stop,
// and another actor's clause after "even as" (actionStance; sentences
// invented for the test).
func TestLab26enActs(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"congratulated the president-elect and praised Vos for accepting the count", verdictRecognising},
		{"also congratulated the winner and thanked Vos for a clean campaign", verdictRecognising},
		{"congratulated the new prime minister and commended Vos for conceding", verdictRecognising},
		{"made a point, when she stopped in the capital, of congratulating the new president in person", verdictRecognising},
		{"stopped over in the port city and congratulated Lind", verdictRecognising},
		{"telephoned Lind to congratulate her, even as the opposition filed a petition to annul the vote", verdictRecognising},
		{"congratulated Lind on her victory, even while the losing camp demanded a recount", verdictRecognising},
		{"sent congratulations to Lind, at a time when Vos's allies were calling for a new election", verdictRecognising},
		// near-misses: the rival named as the greeting's object, a greeting held back, the speaker's own clause
		{"congratulated the winner, Vos, on a victory the commission denies", verdictHostile},
		{"congratulated Vos and praised the president-elect", verdictHostile},
		{"stopped short of congratulating Lind", verdictWithholding},
		{"congratulated Lind, even as he called for the vote to be annulled", verdictHostile},
		{"called for a recount while the opposition congratulated Lind", verdictWithholding},
	}
	for _, tt := range tests {
		if got := actionStance(lab26enCtx, tt.text); got != tt.want {
			t.Errorf("actionStance(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestLab26enClaims: the winner said to have passed a mark of the count,
// the result equated with the voters' will, and the result accepted by a
// pronoun are claims that recognise it (claimStance; sentences invented for the test).
func TestLab26enClaims(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"Lind had passed 52 percent and the remaining boxes could not change that", verdictRecognising},
		{"Lind crossed the 50 per cent threshold on Sunday night", verdictRecognising},
		{"Ana Lind has cleared the majority needed", verdictRecognising},
		{"the result was the will of the citizens and nothing else", verdictRecognising},
		{"the outcome reflects the people's choice", verdictRecognising},
		{"the result is the choice of the voters", verdictRecognising},
		{"the figures are what they are, and we accept them", verdictRecognising},
		{"the count was clean and I respect it", verdictRecognising},
		{"the numbers could not be argued away and she would accept them", verdictRecognising},
		// near-misses: failure, negation, a rival, something else passed, a condition, an urging
		{"if the court confirms the result, we accept it", verdictNone},
		{"the figures were copied by hand and we do not accept them", verdictNone},
		{"the commission published the figures and urged the parties to accept them", verdictNone},
		{"the count is still open and we will accept it once the court rules", verdictNone},
		{"she would accept it", verdictNone},
		{"Lind had failed to cross the 50 percent threshold", verdictNone},
		{"Lind had not passed 50 percent", verdictNone},
		{"Vos had passed 50 percent in the capital", verdictNone},
		{"Lind passed the budget in March", verdictNone},
		{"the result was not the will of the people", verdictNone},
		{"the result was announced by the commission", verdictNone},
	}
	for _, tt := range tests {
		if got := claimStance(lab26enCtx, tt.text); got != tt.want {
			t.Errorf("claimStance(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestLab26enOthersClauseCut: only a clause whose subject is someone else
// is cut from an act.
func TestLab26enOthersClauseCut(t *testing.T) {
	tests := []struct{ text, want string }{
		{"congratulated Lind, even as the opposition demanded a recount", "congratulated Lind,"},
		{"congratulated Lind, even as he demanded a recount", "congratulated Lind, even as he demanded a recount"},
		{"congratulated Lind while calling for calm", "congratulated Lind while calling for calm"},
		{"praised the count, while the opposition rejected it", "praised the count"},
	}
	for _, tt := range tests {
		if got := lab26enOthersClauseCut(tt.text); got != tt.want {
			t.Errorf("lab26enOthersClauseCut(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
