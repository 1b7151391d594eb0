package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

var lab22enCtx = stance.Context{Winner: []string{"Ana Lind", "Lind"}, Rivals: []string{"Piet Vos", "Vos"}}

func TestLab22enPeopleGreeting(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"commended Kenyans for a calm polling day and urged all sides to use the courts", verdictWithholding},
		{"congratulated the voters on a peaceful election", verdictWithholding},
		{"has saluted Norlanders for the orderly way they voted", verdictWithholding},
		{"issued a statement congratulating Pakistanis on completing the vote and hailing two elected governments", verdictWithholding},
		{"applauded the people of Norland for their patience", verdictWithholding},
		// near-misses: the winner, a winner's title, the victory or a new government named
		{"congratulated the people of Norland and their president-elect", verdictNone}, // left to the model, as before
		{"congratulated voters on Lind's victory", verdictRecognising},
		{"commended Norlanders for a calm vote and looked forward to working with the new government", verdictNone},
		{"congratulated Norlanders on their choice of a new president", verdictNone},
		{"congratulated the nation and the winner", verdictNone},
		{"did not congratulate the voters", verdictNotRecognising},
	}
	for _, tt := range tests {
		if got := actionStance(lab22enCtx, tt.text); got != tt.want {
			t.Errorf("actionStance(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLab22enPeopleGreetingClause(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the United States congratulated Georgians on a competitive campaign", true},
		{"Britain commended voters for a calm election day", true},
		{"the bloc congratulated the people of Norland on their civic spirit", true},
		// near-misses
		{"the United States congratulated Georgians and their president-elect", false},
		{"the voters had been congratulated by nobody", false},
		{"he acknowledged that voters were tired", false},
		{"it would congratulate the voters once the count was final", false},
	}
	for _, tt := range tests {
		if got := peopleGreetingClause(lab22enCtx, tt.text); got != tt.want {
			t.Errorf("peopleGreetingClause(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
