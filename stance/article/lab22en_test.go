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

func TestLab22enMostVotes(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the embassy had concluded that Vos received the most votes", true},
		{"Piet Vos got more votes than anyone else", true},
		{"the tally sheets show Vos had obtained most of the votes", true},
		{"Vos has clearly secured the most ballots", true},
		// near-misses: a part of the vote, a forecast, a hope, fewer votes, a negation
		{"Vos received the most votes in the capital", false},
		{"Vos received more votes than expected", false},
		{"Vos hoped to get the most votes", false},
		{"Vos received fewer votes than Lind", false},
		{"Vos did not receive the most votes", false},
		{"Vos received the ballots from the commission", false},
	}
	for _, tt := range tests {
		if got := rivalWon(lab22enCtx, tt.text); got != tt.want {
			t.Errorf("rivalWon(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLab22enScornConspiracy(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"called the result a conspiracy organised by foreign embassies", verdictHostile},
		{"described the vote as a plot against the people", verdictHostile},
		{"branded the outcome a conspiracy", verdictHostile},
		// near-miss: the plot is not what the result is called
		{"called the result a turning point and said no plot could undo it", verdictNone},
	}
	for _, tt := range tests {
		if got := namingVerdict(actionWords(tt.text)); got != tt.want {
			t.Errorf("namingVerdict(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLab22enOpposedDemand(t *testing.T) {
	tests := []struct {
		text string
		want actionVerdict
	}{
		{"urged the West to press the opposition to end its blockades instead of calling for a new vote", verdictNone},
		{"told the protesters to stop calling for the election to be annulled", verdictNone},
		{"urged the party to drop its call for a new vote", verdictNone},
		{"wanted a recount rather than demanding that the vote be annulled", verdictNone},
		// near-misses: the actor's own demand, or one the actor refuses to give up
		{"called for a new vote instead of a recount", verdictHostile},
		{"refused to drop its call for a new vote", verdictHostile},
		{"has called for the whole election to be annulled", verdictHostile},
	}
	for _, tt := range tests {
		if got := demandVerdict(actionWords(tt.text), sentenceStarts(tt.text)); got != tt.want {
			t.Errorf("demandVerdict(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLab22enElectionOver(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the vote was over and the members owed it to their voters to take their seats", true},
		{"the election is now over", true},
		{"the elections have been over for a week", true},
		{"this election's over", true},
		// near-misses: a time clause, a negation, a vote over before it began, "over" as a preposition
		{"once the vote is over we will talk", false},
		{"the election is not over", false},
		{"the election is far from over", false},
		{"the vote was over before a single ballot was cast", false},
		{"the vote was over the budget", false},
	}
	for _, tt := range tests {
		words := actionWords(tt.text)
		got := false
		for i := range words {
			got = got || electionOver(words, i)
		}
		if got != tt.want {
			t.Errorf("electionOver(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestLab22enRivalAsWinner(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"the party's returns showed Vos as president-elect", true},
		{"the opposition named Piet Vos as the winner", true},
		{"its own tally showed Vos as the clear winner", true},
		// near-misses: another role, a part of the vote, someone else's act between
		{"Vos, as the runner-up, thanked his voters", false},
		{"Vos as the winner of the first round", false},
		{"Vos conceded as the winner was announced", false},
	}
	for _, tt := range tests {
		if got := rivalWon(lab22enCtx, tt.text); got != tt.want {
			t.Errorf("rivalWon(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}
