package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestOmitsWinner: leaving the winner unnamed in the past ("did not call
// Lima president-elect", "avoided naming Lima", "made no reference to the
// president-elect") withholds; a refusal to come ("will not call Lima the
// president") and leaving out someone else are not omissions of the
// winner.
func TestOmitsWinner(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"did not call Lima president-elect or describe the vote as a presidential election", verdictWithholding},
		{"avoided naming Lima and said an official message would come later", verdictWithholding},
		{"welcomed the orderly conduct of the vote and made no reference to the president-elect", verdictWithholding},
		{"has never mentioned Ana Lima by name", verdictWithholding},
		{"congratulated Lima without naming Sousa", verdictRecognising},
		{"congratulated Lima and did not mention the opposition", verdictRecognising},
		{"welcomed the calm vote in a statement that left out the president-elect's name", verdictWithholding},
		{"congratulated Lima but left out any mention of the opposition", verdictRecognising},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, actionStance(ctx, c.text), c.text)
	}
	assert.NotEqual(t, verdictWithholding, actionStance(ctx, "will not call Lima the president the people chose"))
	// The winner of something other than the vote is not the one left out.
	assert.NotEqual(t, verdictWithholding, actionStance(ctx, "avoided naming the winner of the railway tender"))
	assert.Equal(t, verdictWithholding, actionStance(ctx, "avoided naming the winner of the presidential race"))
	// A telephone call not made is no omission of the winner's title.
	assert.NotEqual(t, verdictWithholding, actionStance(ctx, "did not call Lima on election night but sent a letter the next morning congratulating her"))
	assert.NotEqual(t, verdictWithholding, actionStance(ctx, "did not call the president-elect"))
}

// TestDemonymPeople: praising a nation's people ("commended Norlanders",
// "congratulated Kenyans") is no recognition of the winner. A name after the verb is still the winner's, also after the
// people ("congratulated the Norlanders on electing Lima").
func TestDemonymPeople(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	// Since session 22 a greeting of the people alone, naming no winner,
	// victory or new government, holds recognition back
	// (lab22en_people.go); "praised" is no recognition verb and is left
	// to the model.
	for _, text := range []string{
		"commended Norlanders for a calm polling day",
		"congratulated Velorians on a peaceful election",
	} {
		assert.Equal(t, verdictWithholding, actionStance(ctx, text), text)
	}
	assert.Equal(t, verdictNone, actionStance(ctx, "praised the Congolese for their patience"))
	assert.Equal(t, verdictRecognising, actionStance(ctx, "congratulated Lima on her victory"))
	// The people congratulated on electing the winner: the winner is named.
	assert.Equal(t, verdictRecognising, actionStance(ctx, "congratulated the Norlanders on electing Lima"))
	assert.False(t, demonymPlural("hans"))
}

// TestReportedWithheld: a reported clause that tells of a congratulation
// held back ("said it had sent no congratulations", "said it had avoided
// naming Lima") takes withholding evidence from the verb rule, as an
// action does; a clause that tells of one sent does not.
func TestReportedWithheld(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	for _, text := range []string{
		"Velor said it has doubts about the count, and it has sent no congratulations.",
		"The Norland foreign ministry said it had so far refrained from congratulating Lima.",
		// The held-back act outranks a claim in its condition.
		"Velor said Tarn would hold back its congratulations until the courts had ruled and the count was formally final.",
	} {
		res := r.Analyze(text)
		if assert.Len(t, res.Remarks, 1, text) {
			a := res.Remarks[0]
			assert.True(t, a.ByVerb, text)
			assert.Equal(t, corpus.Withholding, a.Prediction.Label, text)
		}
	}
	res := r.Analyze("Velor said it had sent congratulations to Lima.")
	if assert.Len(t, res.Remarks, 1) {
		assert.NotEqual(t, corpus.Withholding, res.Remarks[0].Prediction.Label)
	}
}

// TestHeldBackActions: a congratulation held back ("refrained from",
// "withheld", "hold back", "stopped short of endorsing") or sent as "no"
// greeting withholds; holding back something else, or "no" after the
// greeting, does not.
func TestHeldBackActions(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"has refrained from congratulating Lima", verdictWithholding},
		{"has so far withheld congratulations", verdictWithholding},
		// Endorsing the outcome recognises it; stopping short of it holds back.
		{"endorsed the outcome", verdictRecognising},
		{"a finding that stopped well short of endorsing the outcome", verdictWithholding},
		// A sending verb whose greeting is denied by "no" withholds; "no"
		// after the greeting denies something else.
		{"offered no congratulations to Lima and said nothing about the result", verdictWithholding},
		{"has sent Lima no message", verdictWithholding},
		{"sent congratulations to Lima, and no criticism of the count", verdictRecognising},
		// "hold back"/"held off" just before the recognition hold it back;
		// holding back something else does not.
		{"would hold back its congratulations until the courts had ruled", verdictWithholding},
		{"held back tears as she congratulated Lima", verdictRecognising},
	})
}
