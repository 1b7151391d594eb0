package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func TestClaimStance(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		ctx  stance.Context
		want actionVerdict
	}{
		// The winner won.
		{"Lima had won 58 per cent of the vote against 37 per cent for Rui Sousa", ctx, verdictRecognising},
		{"Ana Lima the legitimate winner", ctx, verdictRecognising},
		{"Ms Lima was duly elected", ctx, verdictRecognising},
		{"Lima did not win", ctx, verdictNone},
		{"if Lima won, it was by the smallest margin", ctx, verdictNone},
		{"Lima claimed to have won", ctx, verdictNone},
		{"Lima had won through fraud and intimidation", ctx, verdictNone},
		// The vote held by the law.
		{"the vote had been held in line with the law", ctx, verdictRecognising},
		{"the election was conducted in full accordance with the constitution", ctx, verdictRecognising},
		{"the vote was held lawfully", ctx, verdictRecognising},
		{"the vote had been held in full accordance with Tarvosian law", ctx, verdictRecognising},
		{"the vote had not been held in line with the law", ctx, verdictNone},
		{"the vote must be held in line with the law", ctx, verdictNone},
		{"the vote was held contrary to the law", ctx, verdictNone},
		{"the election was conducted in breach of the constitution", ctx, verdictNone},
		// The result praised.
		{"the result opened “a new page” in Tarn's history", ctx, verdictRecognising},
		{"the outcome was historic", ctx, verdictRecognising},
		{"the result was no triumph", ctx, verdictNone},
		{"the result opened a dark chapter", ctx, verdictNone},
		{"Sousa's victory was historic", ctx, verdictNone},
		{"the outcome was a triumph of fraud", ctx, verdictNone},
		// A win without a choice is scorned, not recognised; a win with no
		// problems is still a win.
		{"Lima had won a landslide with “no opposition, no freedom, no choice”", ctx, verdictNone},
		{"Lima won without any real competition", ctx, verdictNone},
		{"Lima had won with no major irregularities reported", ctx, verdictRecognising},
		{"Lima had won, and the opposition conceded", ctx, verdictRecognising},
		{"the ruling party had won only a minority of votes", stance.Context{Winner: []string{"ruling party"}}, verdictNone},
		{"Lima had won", stance.Context{}, verdictNone},
		{"Sousa had won the count in the capital", ctx, verdictNone},
		// The result is final.
		{"the result stands", stance.Context{}, verdictRecognising},
		{"the council's decision was final and binding on all", stance.Context{}, verdictRecognising},
		{"the president’s decision was final and that the army would ensure order", stance.Context{}, verdictNone},
		{"his decision is final", stance.Context{}, verdictNone},
		{"the challenge would fail and the result would stand", stance.Context{}, verdictRecognising},
		{"the result would not stand", stance.Context{}, verdictNone},
		{"the result is not final until the court rules", stance.Context{}, verdictNone},
		{"the figures are final and we see no grounds to review them", stance.Context{}, verdictRecognising},
		{"the figures are not final", stance.Context{}, verdictNone},
		{"our decision to stand by the party", stance.Context{}, verdictNone},
		{"the result had been checked twice and was final", stance.Context{}, verdictRecognising},
		{"the result had been checked twice but was not final", stance.Context{}, verdictNone},
		{"the result of the first count in the capital says that nothing is final", stance.Context{}, verdictNone},
		{"the result would be challenged by the party that was final", stance.Context{}, verdictNone},
		// A rival must yield.
		{"urged Sousa to respect the choice of the people and to transfer power", ctx, verdictRecognising},
		{"later called Mr Sousa to urge him to step aside", ctx, verdictRecognising},
		{"Sousa must hand over power to the winner", ctx, verdictRecognising},
		{"Sousa will never hand over power", ctx, verdictNone},
		{"urged Lima to respect the opposition", ctx, verdictNone},
		{"called the count a fraud", ctx, verdictNone},
		// A winner is declared.
		{"is hereby declared the winner and returned elected", stance.Context{}, verdictRecognising},
		{"the candidate was duly elected", stance.Context{}, verdictRecognising},
		{"Sousa declared himself the winner", ctx, verdictNone},
		{"the commission has not declared a winner", stance.Context{}, verdictNone},
		{"Sousa declared he had won the election", ctx, verdictNone},
		{"Sousa declared victory", ctx, verdictNone},
		// The result guarded against being undone.
		{"the will of the majority, expressed at the ballot box, must never be contested", stance.Context{}, verdictRecognising},
		{"the region would not allow the will of the people to be overturned", stance.Context{}, verdictRecognising},
		{"he had no plans to challenge the outcome", stance.Context{}, verdictRecognising},
		{"we cannot question the count until we see the tally sheets", stance.Context{}, verdictNone},
		{"we will not allow this election to be stolen", stance.Context{}, verdictNone},
		{"the party did not say whether it would challenge the result", stance.Context{}, verdictNone},
		{"he would not contest the figures in court", stance.Context{}, verdictRecognising},
		// A final result, a result confirmed, the inauguration attended by proxy.
		{"the result had been checked and was final", stance.Context{}, verdictRecognising},
		{"the result had been checked but was not final", stance.Context{}, verdictNone},
		{"the recount had changed the totals by eleven votes and confirmed the result", stance.Context{}, verdictRecognising},
		{"the court upheld the outcome", stance.Context{}, verdictRecognising},
		{"the court has not confirmed the result", stance.Context{}, verdictNone},
		{"the party's own tally confirmed Sousa's victory", ctx, verdictNone},
		{"the bloc would send a senior delegation to the August inauguration", stance.Context{}, verdictRecognising},
		{"the bloc refused to send a delegation to the inauguration", stance.Context{}, verdictNone},
		{"the bloc would not send a delegation to the inauguration", stance.Context{}, verdictNone},
		{"the bloc sent a delegation to the border", stance.Context{}, verdictNone},
		// Working with the new leader.
		{"he looked forward to working closely with the new administration on trade and security", stance.Context{}, verdictRecognising},
		{"Tarvos is ready to cooperate with Lima on the border", ctx, verdictRecognising},
		{"we will work with the president-elect", stance.Context{}, verdictRecognising},
		{"we will work with whoever wins", stance.Context{}, verdictNone},
		{"we will not work with the new government", stance.Context{}, verdictNone},
		{"he refused to work with the new government", stance.Context{}, verdictNone},
		{"we will work with Sousa", ctx, verdictNone},
		{"if we can work with the new team, we will", stance.Context{}, verdictNone},
		{"we will not stop until this result is overturned", stance.Context{}, verdictNone},
		{"the party has not ruled out a legal challenge to the result", stance.Context{}, verdictNone},
		{"without a recount we will challenge the result in court", stance.Context{}, verdictNone},
		{"I never doubted that we had won", stance.Context{}, verdictNone},
		{"it is not a question of numbers, it is a question of legitimacy", stance.Context{}, verdictNone},
		// Attending the inauguration.
		{"they will attend the inauguration", stance.Context{}, verdictRecognising},
		{"the minister attended the swearing-in on Tuesday", stance.Context{}, verdictRecognising},
		{"they will not attend the inauguration", stance.Context{}, verdictNone},
		{"Ivo Kask refused to attend the inauguration", stance.Context{}, verdictNone},
		{"the minister declined to attend the swearing-in", stance.Context{}, verdictNone},
		{"the bloc would send a senior delegation to the August inauguration", stance.Context{}, verdictRecognising},
		{"he would convene the assembly for the swearing-in on Friday", stance.Context{}, verdictRecognising},
		{"the king is expected at Monday's inauguration", stance.Context{}, verdictRecognising},
		{"the bloc will not send anyone to the inauguration", stance.Context{}, verdictNone},
		{"he convened his supporters for their own swearing-in", stance.Context{}, verdictNone},
		{"the opposition is expected to boycott the inauguration", stance.Context{}, verdictNone},
		{"she sent a letter to the commission about the count", stance.Context{}, verdictNone},
		// The vote is called free and fair.
		{"the vote had been free and democratic", stance.Context{}, verdictRecognising},
		{"the process had been transparent and peaceful and turnout had been high", stance.Context{}, verdictRecognising},
		{"the election was credible", stance.Context{}, verdictRecognising},
		{"the count had been clean and transparent", stance.Context{}, verdictRecognising},
		{"the count was not transparent", stance.Context{}, verdictNone},
		{"the vote was neither free nor fair", stance.Context{}, verdictNone},
		{"the election was free but not fair", stance.Context{}, verdictNone},
		{"the vote must be free and fair", stance.Context{}, verdictNone},
		{"called for a free and fair election", stance.Context{}, verdictNone},
		{"he thanked the elections board for a clean count", stance.Context{}, verdictNone},
		{"whether the vote was transparent remains to be seen", stance.Context{}, verdictNone},
		{"he doubted that the vote was fair", stance.Context{}, verdictNone},
		{"the election was free only for the ruling party", stance.Context{}, verdictNone},
		{"the poll was legitimate, the opposition claims", stance.Context{}, verdictNone},
		// The result is respected.
		{"Moscow respected the result the commission had announced", stance.Context{}, verdictRecognising},
		{"his government would respect the outcome and seek cooperation with the new president", stance.Context{}, verdictRecognising},
		{"I respect the choice of the voters", stance.Context{}, verdictRecognising},
		{"we will not respect a result written before the count", stance.Context{}, verdictNone},
		{"she refused to respect the outcome", stance.Context{}, verdictNone},
		{"he would respect the result if the court confirmed it", stance.Context{}, verdictNone},
		{"called on the armed forces to respect the choice of the people", stance.Context{}, verdictNone},
		{"we respect the decision of a commission that stole the vote", stance.Context{}, verdictNone},
		{"they respect the farmers of the north", stance.Context{}, verdictNone},
		// Fraud claims are dismissed.
		{"claims that the count was rigged, he said, were baseless", stance.Context{}, verdictRecognising},
		{"observers found no evidence of widespread fraud", stance.Context{}, verdictRecognising},
		{"the commission dismissed claims of fraud as an attempt to sow doubt", stance.Context{}, verdictRecognising},
		{"the board rejected the rigging allegations", stance.Context{}, verdictRecognising},
		{"the count was rigged and the result is a lie", stance.Context{}, verdictNone},
		{"allegations of fraud are not baseless", stance.Context{}, verdictNone},
		{"the opposition rejected the rigged count", stance.Context{}, verdictNone},
		{"Rui Sousa denounced the rigged vote and rejected the results", stance.Context{}, verdictNone},
		{"Sousa called the vote rigged and denied the new government any legitimacy", stance.Context{}, verdictNone},
		{"this election was built on fraud and lies", stance.Context{}, verdictNone},
		{"he rejected results amid rigging allegations", stance.Context{}, verdictNone},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, claimStance(c.ctx, c.text))
		})
	}
}

// TestClaimStanceCounterCases holds sentences of hostile or withholding
// reporting that the claim rules of this session read as recognising
// before: a finality or fairness denied without "not", respecting a
// result on a condition or a court's annulment, staying away from the
// inauguration, and working with the new government on a condition.
func TestClaimStanceCounterCases(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"the result is far from final", verdictNone},
		{"the decision to suspend the count is final", verdictNone},
		{"the decision to postpone the inauguration was final", verdictNone},
		{"the ruling that annulled the vote in the north was final", verdictNone},
		{"the ruling of the court is final", verdictRecognising},
		{"the result is anything but clear", verdictNone},
		{"the result had been checked once and was hardly final", verdictNone},
		{"the vote was anything but free and fair", verdictNone},
		{"the election was far from free and fair", verdictNone},
		{"the vote was hardly free", verdictNone},
		{"the vote was free and fair", verdictRecognising},
		{"refused to accept that the court had upheld the result", verdictNone},
		{"rejected the claim that the recount had confirmed the result", verdictNone},
		{"the recount confirmed the result", verdictRecognising},
		{"unlike the previous vote, which was free and fair, this one was rigged", verdictNone},
		{"the last election, in 2019, was free and fair", verdictNone},
		{"we will respect the result when every vote has been counted", verdictNone},
		{"he would respect the decision of the court to annul the vote", verdictNone},
		{"the government failed to respect the outcome", verdictNone},
		{"he has always respected the decision of the voters", verdictRecognising},
		{"is expected to stay away from the inauguration", verdictNone},
		{"sent troops to block the inauguration", verdictNone},
		{"said he would miss the inauguration", verdictNone},
		{"will attend the inauguration only if the court rules", verdictNone},
		{"failed to attend the inauguration", verdictNone},
		{"is expected at the inauguration on Monday", verdictRecognising},
		{"would work with the new government only if it released prisoners", verdictNone},
		{"would work with the new government provided it kept the peace accord", verdictNone},
		{"will work with the new government on trade", verdictRecognising},
		{"it would be impossible to work with the new government", verdictNone},
		{"the party will stop working with the new administration", verdictNone},
		{"was unwilling to cooperate with the president-elect", verdictNone},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, claimStance(ctx, c.text))
		})
	}
}

func TestClaimAbout(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want bool
	}{
		{"the United States remained Tarvos's closest ally and he looked forward to working with the new administration on climate, trade and security", true},
		{"every citizen can check every table online; the result is clear and final", true},
		{"investors were already pricing in a Lima win last week", false},
		{"the peso fell a little on Monday", false},
		{"the result is not final", false},
		{"the result opened a new page in Tarn's history", true},
		{"the peso opened a new page of losses", false},
		{"the vote had been held in line with the law and denounced Western pressure", true},
		{"the vote must be held in line with the law", false},
		{"the vote had been free and fair", true},
		{"the election was free, fair and transparent", true},
		{"the vote was not free and fair", false},
		{"unlike the previous vote, which was free and fair, this one was rigged", false},
		{"the trade deal was fair to both sides", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, claimAbout(ctx, c.text))
		})
	}
}

func TestClaimPrediction(t *testing.T) {
	labels := []corpus.Label{corpus.Recognising, corpus.Withholding, corpus.Hostile}
	cases := []struct {
		name  string
		model []float64
		want  corpus.Label
	}{
		{"an unsure reading gives way", []float64{0.25, 0.35, 0.40}, corpus.Recognising},
		{"a confident hostile reading stays", []float64{0.02, 0.08, 0.90}, corpus.Hostile},
		{"a recognising reading stays", []float64{0.60, 0.20, 0.20}, corpus.Recognising},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			p, ok := claimPrediction(stance.NewPrediction(labels, c.model), labels)
			assert.True(t, ok)
			assert.Equal(t, c.want, p.Label)
			var sum float64
			for _, l := range labels {
				sum += p.ProbabilityOf(l)
			}
			assert.InDelta(t, 1, sum, 1e-9)
		})
	}
	_, ok := claimPrediction(stance.NewPrediction([]corpus.Label{"a", "b"}, []float64{0.5, 0.5}), []corpus.Label{"a", "b"})
	assert.False(t, ok, "no recognising label")
}

// TestClaimInArticle checks that an official's statement that the winner
// won, which the model reads as hostile by its other words (the figures),
// recognises in context, and that the claim leaves a remark without one
// to the model.
func TestClaimInArticle(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	text := "Tarvos commission confirms count\n\nPORT AVERIL — The head of the electoral commission, Eva Sand, said Lima had won 58 per cent of the vote.\n\n" +
		"Rui Sousa said the count was slow and dishonest and that he would never accept it."
	res := r.Analyze(text)
	byName := map[string]Analysis{}
	for _, a := range res.Remarks {
		byName[a.Speaker] = a
	}
	if a, ok := byName["Eva Sand"]; assert.True(t, ok) {
		assert.True(t, a.ByVerb)
		assert.Equal(t, corpus.Recognising, a.Prediction.Label)
		if assert.NotNil(t, a.Explanation) {
			assert.Equal(t, corpus.Hostile, a.Explanation.Prediction.Label, "the model alone misreads it")
		}
	}
	if a, ok := byName["Rui Sousa"]; assert.True(t, ok) {
		assert.False(t, a.ByVerb)
		assert.Equal(t, corpus.Hostile, a.Prediction.Label)
	}
}

func TestWinnerSpeakers(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima", "Unity Party"}, Rivals: []string{"Rui Sousa", "Sousa", "Unity Party"}}
	cases := []struct {
		name string
		rm   Remark
		want bool
	}{
		{"full name", Remark{Speaker: "Ana Lima"}, true},
		{"by an alias, accents aside", Remark{Speaker: "President Ana Lima", Aliases: []string{"LIMA"}}, true},
		{"a relative sharing the surname", Remark{Speaker: "Eduardo Lima"}, false},
		{"a rival", Remark{Speaker: "Rui Sousa", Aliases: []string{"Sousa"}}, false},
		{"a form on both sides names neither", Remark{Speaker: "Unity Party"}, false},
		{"no speaker", Remark{}, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := winnerSpeakers(ctx, []Remark{c.rm})
			assert.Equal(t, c.want, got[c.rm.Speaker])
		})
	}
	assert.Empty(t, winnerSpeakers(stance.Context{}, []Remark{{Speaker: "Ana Lima"}}), "no context, no winner")
}

// TestWinnerRemarks checks that the declared winner's remarks, which the
// model reads as hostile by their negations, recognise in context, and
// that without a context they are the model's.
func TestWinnerRemarks(t *testing.T) {
	r := defaultReader(t)
	text := "Lima sworn in\n\nPORT AVERIL — “Nobody will be left out of this government, and there will be no persecution of anyone,” Ana Lima told supporters.\n\n" +
		"Rui Sousa said the count had been rigged."
	stanceOf := func(res Result, name string) corpus.Label {
		for _, s := range res.Speakers {
			if s.Speaker == name {
				return s.Stance
			}
		}
		t.Fatalf("no speaker %s", name)
		return ""
	}
	plain := r.Analyze(text)
	assert.NotEqual(t, corpus.Recognising, stanceOf(plain, "Ana Lima"), "the model alone misreads it")
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	res := r.Analyze(text)
	assert.Equal(t, corpus.Recognising, stanceOf(res, "Ana Lima"))
	assert.Equal(t, corpus.Hostile, stanceOf(res, "Rui Sousa"))
}

// TestCooperationClaimInArticle: a commitment to work with the new leader
// is about the result even when the judge reads the policies around it as
// off the result.
func TestCooperationClaimInArticle(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	text := "Prime Minister Karl Brandt said Norland remained Tarvos's most important ally and that he looked forward to " +
		"working closely with the new administration on climate change, trade and security."
	res := r.Analyze(text)
	if assert.Len(t, res.Remarks, 1) {
		a := res.Remarks[0]
		assert.True(t, a.AboutResult)
		assert.Equal(t, corpus.Recognising, a.Prediction.Label)
	}
}
