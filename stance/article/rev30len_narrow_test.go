package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func TestRev30lenUntilNarrowed(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the league would not accept the outcome till the appeals court had finished its review", true},
		{"the front won't congratulate Dal before the final tally is published", true},
		// near-misses: a past fact, a condition that undoes the vote
		{"Norland had not congratulated Dal before the commission certified the count, but sent a message on Monday", false},
		{"the ministry didn't recognise the cabinet until the court had confirmed the count", false},
		{"the party would not recognise any government until the vote had been rerun under supervision", false},
		{"the bloc would not accept the outcome unless the court ordered a fresh election", false},
		{"Kell had won the election and that the party would not recognise anyone until the count was redone", true}, // the denial itself; rev30lenRejectsToo decides
	}
	for _, c := range cases {
		if got := lab30enUntilDenial(c.text); got != c.want {
			t.Errorf("lab30enUntilDenial(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRev30lenPraiseOfVote(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Otto Kell", "Kell"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"commended the organisers for the record turnout", verdictWithholding},
		{"saluted the polling staff for their dedication", verdictWithholding},
		// near-misses: praise for something else, a later act toward the result
		{"commended the authorities for their handling of the floods in the north", verdictRecognising},
		{"commended the commission for a fair count and conceded defeat", verdictRecognising},
		{"welcomed three Norlanders released from prison", verdictRecognising}, // a count of persons, not a people
		// a later recognition verb negated is the delay, not an act
		{"commended the authorities for an orderly vote but said the mission would not endorse the result until every tally sheet was published", verdictWithholding},
	}
	for _, c := range cases {
		if got := actionStance(ctx, c.text); got != c.want {
			t.Errorf("actionStance(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

func TestRev30lenOtherVotes(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Otto Kell", "Kell"}}
	cases := []struct {
		run  string
		want corpus.Label
	}{
		{"the result had been decided in advance and that Norland would recognise nobody", corpus.Hostile},
		// near-miss: the charge is about earlier votes
		{"in previous elections results had been decided in advance, but that this time Norland would wait for the tribunal before congratulating anyone", corpus.Withholding},
		{"the opposition's claim that the outcome had been decided in advance was unfounded, and that Norland would wait for the tribunal before congratulating anyone", corpus.Withholding},
		// a rival named the winner outranks an until-denial (rev30lenRejectsToo)
		{"Kell had won the election and that Norland would not recognise anyone until the count was redone", corpus.Hostile},
	}
	for _, c := range cases {
		if got := molsRunLabel(r, c.run); got != c.want {
			t.Errorf("Analyze(…said %q) = %v, want %v", c.run, got, c.want)
		}
	}
	if !rev30lenOtherVotes("unlike past elections, this one was clean") || rev30lenOtherVotes("the vote was stolen") {
		t.Error("rev30lenOtherVotes")
	}
}
