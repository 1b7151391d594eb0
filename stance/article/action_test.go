package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func TestActionStance(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"have yet to congratulate the president-elect", verdictWithholding},
		{"has still not congratulated Ms Lima", verdictWithholding},
		{"has not congratulated the president", verdictNotRecognising},
		{"had no plans to congratulate Lima", verdictWithholding},
		{"refused to accept defeat", verdictNotRecognising},
		// Holding back withholds (within three words of the verb); a
		// refusal is left to the model.
		{"stopped short of congratulating her", verdictWithholding},
		{"declining to acknowledge his rival's victory", verdictWithholding},
		{"avoided congratulating anyone", verdictWithholding},
		{"urging both men to agree and pointedly avoiding the word congratulations", verdictWithholding}, // the -ing form as "refusing", "declining"
		{"congratulated Lima, avoiding any mention of the protests", verdictRecognising},                 // after the verb it denies nothing
		{"declined to take questions from reporters and has not congratulated Lima", verdictNotRecognising},
		{"sent congratulations within a day of the commission's announcement", verdictRecognising},
		{"issued a message of congratulation", verdictRecognising},
		{"conceded in a hotel ballroom", verdictRecognising},
		{"was among the first to congratulate Lima", verdictRecognising},
		{"hailed Lima's win as a lesson for the elites", verdictRecognising},
		// Congratulating a rival on a victory the count does not give him.
		{"congratulated Sousa on what he called a clear victory", verdictHostile},
		{"congratulated Mr Sousa on his re-election", verdictHostile},
		// The winner named anywhere: not a rival's congratulation.
		{"congratulating Lima, and in a separate message thanked Sousa", verdictRecognising},
		// The winner named only in a later clause, as the one refused.
		{"congratulated Sousa on what he called his victory and said the party would never recognise Lima", verdictHostile},
		{"congratulated Mr Sousa, and added that Lima had stolen the vote", verdictHostile},
		// A rival named later than the object is not the one congratulated.
		{"telephoned Ms Lima to congratulate her, and later called Mr Sousa to urge him to step aside", verdictRecognising},
		// The people, not the winner, and no word of who won: held back
		// (lab22en_people.go; the model decided before session 22).
		{"congratulated the people of Tarvos on a calm vote", verdictWithholding},
		// Demands: annulment or a new vote rejects, a recount waits.
		{"has called for the whole election to be annulled", verdictHostile},
		{"has asked the Constitutional Court to annul the election", verdictHostile},
		{"demanded a fresh vote within six months", verdictHostile},
		{"has demanded a recount of every precinct before the result is validated", verdictWithholding},
		{"called for an independent audit", verdictWithholding},
		{"urged the government to congratulate Ms Lima without delay", verdictRecognising},
		// A recognition in a subordinate clause is background: the
		// rejection before it decides, or nothing does.
		{"rejects election result a week after conceding", verdictHostile},
		{"withdrew his recognition two days after he had conceded", verdictNone},
		{"conceded after the count was complete", verdictRecognising},
		// A rejection: of the result hostile, of a challenge to it recognising.
		{"rejected the count and prepared to go to court", verdictHostile},
		{"dismissed Lima's victory as meaningless", verdictHostile},
		{"disowned the figures minutes before the declaration", verdictHostile},
		{"rejected calls for a recount", verdictRecognising},
		{"had rejected all the petitions filed by the opposition", verdictRecognising},
		{"dismissed opposition complaints as sabotage", verdictRecognising},
		{"rejected calls to concede", verdictHostile},
		{"did not reject the result", verdictNone},
		{"has not publicly rejected the result", verdictNone},
		{"dismissed concerns about the count", verdictRecognising},
		{"rejected suggestions that the result was rigged", verdictRecognising},
		{"rejected the opposition's parallel tally", verdictRecognising},
		{"warned that anyone who rejects the result would face the courts", verdictNone},
		{"declared Lima the winner on Sunday, as the president and four opposition parties rejected the result", verdictNone},
		// No recognition verb.
		{"called the minister a fraud", verdictNone},
		{"sent troops to the border", verdictNone},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, actionStance(ctx, c.text))
		})
	}
	// Without a context nobody is a rival.
	assert.Equal(t, verdictRecognising, actionStance(stance.Context{}, "congratulated Sousa on his re-election"))
}

func TestActionPrediction(t *testing.T) {
	labels := []corpus.Label{corpus.Recognising, corpus.Withholding, corpus.Hostile}
	model := stance.NewPrediction(labels, []float64{0.7, 0.2, 0.1})
	cases := []struct {
		v       actionVerdict
		want    corpus.Label
		decided bool
	}{
		{verdictNone, corpus.Recognising, false},
		{verdictRecognising, corpus.Recognising, true},
		{verdictWithholding, corpus.Withholding, true},
		{verdictHostile, corpus.Hostile, true},
		// Denied: the model's 2:1 between withholding and hostile is kept.
		{verdictNotRecognising, corpus.Withholding, true},
	}
	for _, c := range cases {
		p, ok := actionPrediction(c.v, model, labels)
		assert.Equal(t, c.decided, ok, c.v)
		assert.Equal(t, c.want, p.Label, c.v)
		var sum float64
		for _, x := range p.Probs() {
			sum += x
		}
		assert.InDelta(t, 1, sum, 1e-9)
	}
	p, _ := actionPrediction(verdictNotRecognising, model, labels)
	assert.InDelta(t, deniedRecognising, p.ProbabilityOf(corpus.Recognising), 1e-9)
	assert.InDelta(t, 2, p.ProbabilityOf(corpus.Withholding)/p.ProbabilityOf(corpus.Hostile), 1e-9)
	// A classifier without the three stance labels keeps its prediction.
	other := []corpus.Label{"pos", "neg"}
	_, ok := actionPrediction(verdictRecognising, stance.NewPrediction(other, []float64{0.4, 0.6}), other)
	assert.False(t, ok)
}

// TestActionsInArticle checks the verb rule end to end: the reader's
// prediction for a third-person action follows its verb, in the article's
// context.
func TestActionsInArticle(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	text := "Tarvos votes\n\nMost neighbours sent congratulations within hours. " +
		"Kordavian President Ivo Marr has yet to congratulate Lima. " +
		"Velmarian Prime Minister Petra Holm congratulated Sousa on his victory."
	res := r.Analyze(text)
	got := map[string]corpus.Label{}
	for _, s := range res.Speakers {
		got[s.Speaker] = s.Stance
	}
	require.Contains(t, got, "Ivo Marr")
	assert.Equal(t, corpus.Withholding, got["Ivo Marr"])
	assert.Equal(t, corpus.Hostile, got["Petra Holm"])
}

// TestRivalCongratulationInQuote checks the one override the verb rule
// makes outside actions: a quotation congratulating a rival on a victory
// the count does not give him is hostile, which the model misreads by its
// verb.
func TestRivalCongratulationInQuote(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text   string
		want   corpus.Label
		byVerb bool
	}{
		{"Prime Minister Ivo Marr said: “I congratulate President Sousa on his re-election.”", corpus.Hostile, true},
		{"Prime Minister Ivo Marr said he had congratulated Mr Sousa on a clear victory.", corpus.Hostile, true},
		{"Prime Minister Ivo Marr said: “I congratulate Ana Lima on her victory.”", corpus.Recognising, false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			res := r.Analyze(c.text)
			require.Len(t, res.Remarks, 1)
			assert.Equal(t, c.want, res.Remarks[0].Prediction.Label)
			assert.Equal(t, c.byVerb, res.Remarks[0].ByVerb)
		})
	}
}

func TestFollowsSuit(t *testing.T) {
	for text, want := range map[string]bool{
		"followed on Tuesday":       true,
		"followed suit":             true,
		"followed":                  true,
		"followed 20 minutes later": true,
		"followed with a message of congratulation": false,
		"followed the count closely":                false,
		"congratulated Lima":                        false,
	} {
		assert.Equal(t, want, followsSuit(text), text)
	}
	r := defaultReader(t)
	text := "Tarvos votes\n\nKordavian President Ivo Marr was among the first to congratulate Ana Lima, and Velmarian Prime Minister Petra Holm followed on Tuesday."
	res := r.Analyze(text)
	got := map[string]corpus.Label{}
	for _, s := range res.Speakers {
		got[s.Speaker] = s.Stance
	}
	assert.Equal(t, corpus.Recognising, got["Petra Holm"], "%+v", res.Remarks)
}

func TestGreetingClause(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"a message welcoming the new prime minister", true},
		{"congratulations to the president-elect on a clear win", true},
		{"a letter saying he would never accept the count", true},
		{"the message of the vote was that people wanted change", false},
		{"a message about the economy", false},
		{"he welcomed the new prime minister", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, greetingClause(c.text))
		})
	}
}

func TestSelfActClause(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"he congratulated Lima, calling Tarn an indispensable partner at a dangerous moment", true},
		{"she had congratulated the president-elect the same night", true},
		{"they sent congratulations within the hour", true},
		{"he would congratulate Lima once the court ruled", false},
		{"she acknowledged that mistakes were made", false},
		{"it welcomed the result", false},
		{"the minister congratulated Lima", false},
		{"he congratulated", false},
		// "that" left out: a statement, not an act.
		{"he acknowledged the result was contested", false},
		{"she recognised the count had been flawed in the north", false},
		{"he congratulated Lima, who had won by a wide margin", true},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, selfActClause(c.text))
		})
	}
}

// TestGreetingInArticle checks that "posted a message welcoming X" is
// about the result and recognises, although the judge, reading it as a
// statement, would call it off topic.
func TestGreetingInArticle(t *testing.T) {
	r := defaultReader(t)
	res := r.Analyze("Leaders react\n\nAbroad, Eva Sand posted a message welcoming the new prime minister.")
	require.Len(t, res.Remarks, 1)
	a := res.Remarks[0]
	assert.Equal(t, "Eva Sand", a.Speaker)
	assert.Equal(t, "a message welcoming the new prime minister", a.Text)
	assert.True(t, a.AboutResult)
	assert.True(t, a.ByVerb)
	assert.Equal(t, corpus.Recognising, a.Prediction.Label)
}

// TestSelfActInArticle: reported words that tell of the speaker's own
// congratulation take the verb rule's label, whatever else the clause says.
func TestSelfActInArticle(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	res := r.Analyze("Karl Brandt wrote on social media that he congratulated Lima, calling Tarvos an indispensable partner at a dangerous moment for the region.")
	if assert.Len(t, res.Remarks, 1) {
		a := res.Remarks[0]
		assert.True(t, a.ByVerb)
		assert.Equal(t, corpus.Recognising, a.Prediction.Label)
	}
}

// TestDemandIsAboutResult: a reported remark that demands the vote be
// undone is about the result by rule (the judge reads "the election had
// been compromised" as off topic); a remark without such a demand is left
// to the judge.
func TestDemandIsAboutResult(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text   string
		ruled  bool
		label  corpus.Label
		byVerb bool
	}{
		{"Ivo Kask said the poll had been heavily compromised and called for it to be cancelled and held again.", true, corpus.Hostile, true},
		{"The Velor Farmers' Union said the exercise had been “heavily compromised” and called for it to be cancelled and held again.", true, corpus.Hostile, true},
		{"Ivo Kask said the new road to the port would open in the spring.", false, "", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			res := r.Analyze(c.text)
			require.Len(t, res.Remarks, 1)
			a := res.Remarks[0]
			if !c.ruled {
				assert.Less(t, a.AboutResultProbability, 1.0, "left to the judge")
				return
			}
			assert.True(t, a.AboutResult)
			assert.Equal(t, 1.0, a.AboutResultProbability, "by rule: the judge alone says off topic")
			assert.Equal(t, c.byVerb, a.ByVerb)
			assert.Equal(t, c.label, a.Prediction.Label)
		})
	}
}

func TestCooperationClause(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want bool
	}{
		{"Tarn remained Velor's closest ally and that he looked forward to working closely with the new administration on trade", true},
		{"he looked forward to pressing ahead with their joint projects, from the port to the railway", true},
		{"Velor looks forward to deepening its partnership with Lima", true},
		{"the United States looked forward to the official results and would not comment until the count was complete", false},
		{"he did not look forward to working with a government built on fraud", false},
		{"she looked forward to working with whoever is declared the winner", false},
		{"he looked forward to working with Sousa, the rightful president", false},
		{"they look forward to working with the new government once the court has ruled", false},
		{"he looked forward to the holidays", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, cooperationClause(ctx, c.text))
		})
	}
}

// TestCooperationInArticle: a reported remark looking forward to working
// with the new government is about the result and recognises by rule.
func TestCooperationInArticle(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	res := r.Analyze("Prime Minister Karl Brandt said Velor remained Tarn's most important ally and that he looked forward to working closely with the new administration on climate, trade and security.")
	require.Len(t, res.Remarks, 1)
	a := res.Remarks[0]
	assert.True(t, a.AboutResult)
	assert.True(t, a.ByVerb)
	assert.Equal(t, corpus.Recognising, a.Prediction.Label)
}

func TestNamingVerdict(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"called the result a farce", verdictHostile},
		{"called the count a fraud", verdictHostile},
		{"described the election as a charade", verdictHostile},
		{"branded the vote rigged", verdictHostile},
		{"called the election “a pantomime” that was neither free nor fair", verdictHostile},
		{"called the outcome a victory for democracy", verdictRecognising},
		{"described the result as irreversible", verdictRecognising},
		{"called the election free", verdictRecognising},
		{"did not call the vote a sham", verdictNone},
		{"called claims that the vote was a sham baseless", verdictNone},
		{"called the result neither a farce nor a triumph", verdictNone},
		{"called the minister a liar", verdictNone},
		{"called for the vote to be annulled", verdictHostile}, // the demand rule, not naming
		// Scorn outweighs praise before it; a negation takes praise back.
		{"called the result a victory for fraud", verdictHostile},
		{"described the vote as a clear fraud", verdictHostile},
		{"called the vote free but not fair", verdictNone},
		// The exercise, the process, the contest are the vote named; a
		// condemning word names it too.
		{"described the exercise as a “pseudo-election” held under one-party rule", verdictHostile},
		{"called the whole process illegitimate", verdictHostile},
		// Unlawful, unconstitutional, invalid or fake results are scorned;
		// the certification of the result is the result named.
		{"called the certification unlawful and said it reflected pressure from the street", verdictHostile},
		{"described the outcome as unconstitutional", verdictHostile},
		{"did not call the result unlawful", verdictNone},
		{"called the contest a model for the region", verdictRecognising},
		{"described the process as slow but calm", verdictNone},
		{"did not call the exercise a sham", verdictNone},
		// "it" right after the naming verb is the vote the report is about.
		{"called it a victory “of the people against imperialism”", verdictRecognising},
		{"called it a “monumental fraud”", verdictHostile},
		{"calling it an act of bad faith that attacked democracy", verdictNone},
		{"called on it to publish the tallies", verdictNone},
	})
}

// TestCopularScorn: the vote said to be a word of scorn is hostile; a
// negation, a hedge or a denial before or between takes it back.
func TestCopularScorn(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"the election had been “a constitutional coup”", verdictHostile},
		{"the vote was a farce from start to finish", verdictHostile},
		{"the result is rigged", verdictHostile},
		{"the vote was not a farce", verdictNone},
		{"claims that the vote was a sham were baseless", verdictNone},
		{"he denied the vote was rigged", verdictNone},
		{"the vote was held on Sunday", verdictNone},
	})
}

func TestSelfProclaimed(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"declared himself the winner on Sunday night", verdictHostile},
		{"she considered herself the winner and called the official figures an insult to voters", verdictHostile},
		{"he had already proclaimed himself president", verdictHostile},
		{"did not declare himself the winner", verdictNone},
		{"anyone proclaiming himself president outside the institutions would answer for it", verdictNone},
		{"declared himself ready to work with the new government", verdictNone},
	})
}

// TestDemandNamedNotMade: a demand in -ing that opens a sentence as the
// subject of a copula is judged, not made; the verb rule leaves it to the
// model.
func TestDemandNamedNotMade(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"Demanding the cancellation of an election because you lost it is not an argument. It is a tantrum.", verdictNone},
		{"the courthouse is open Demanding the annulment of a vote you lost is a tantrum", verdictNone},
		{"demanding that the vote be annulled", verdictHostile},
		{"He called for the vote to be annulled. Demanding it is our right.", verdictHostile},
	})
}

// TestScornAndPraiseVerbs: the verbs of wire headlines and leads that
// scorn or praise ("slams", "blasted", "lauded", "applauded") make remarks,
// read by the rejection rule (a result or vote object: hostile; a
// challenge: recognising) or as recognition verbs.
func TestScornAndPraiseVerbs(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"slammed the result", verdictHostile},
		{"blasted the vote as a fraud", verdictHostile},
		{"criticised the count on Monday", verdictHostile},
		{"condemned calls for a rerun", verdictRecognising},
		{"condemned the violence in the capital", verdictNone},
		{"lauded the vote as a model for the region", verdictRecognising},
		{"applauded Lima's victory", verdictRecognising},
		{"did not applaud the result", verdictNotRecognising},
		{"commended Sousa on his victory", verdictHostile},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, actionStance(ctx, c.text))
		})
	}
	for _, text := range []string{"Velor's Kask slams rigged vote", "Jo Varga applauded Lima's victory.", "Opposition leader Rui Sousa blasted the result."} {
		got := Extract(text)
		require.Len(t, got, 1, text)
		assert.Equal(t, Action, got[0].Kind, text)
	}
}

// verdictCase is an action's text and the verb rule's verdict on it.
type verdictCase struct {
	text string
	want actionVerdict
}

// checkActionStance checks actionStance's verdict on each case, without
// an election context.
func checkActionStance(t *testing.T, cases []verdictCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, actionStance(stance.Context{}, c.text))
		})
	}
}

// TestAccusesCount: accusing the body that ran the count, or the winner,
// is hostile; accusing anyone else says nothing of the result.
func TestAccusesCount(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	cases := []struct {
		text string
		want actionVerdict
	}{
		{"accused the electoral board of doctoring the tallies in the north", verdictHostile},
		{"has accused the authorities of inflating turnout", verdictHostile},
		{"accused Lima of buying votes with food parcels", verdictHostile},
		{"accused the opposition of stirring unrest in the capital", verdictNone}, // not the count's
		{"has not accused the commission of anything", verdictNone},               // negated
		{"accused Sousa of inventing the fraud claims", verdictNone},              // a rival accused
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, actionStance(ctx, c.text))
		})
	}
}

// TestMockedCongratulation: a congratulation in jest scorns the result.
func TestMockedCongratulation(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"sent the winner sarcastic congratulations on a race with no rivals", verdictHostile},
		{"ironically congratulated the president on his ninety-nine per cent", verdictHostile},
		{"offered mock congratulations before a single vote was counted", verdictHostile},
		{"congratulated the winner, mocking those who had predicted a loss", verdictRecognising}, // mocks others
	})
}

// TestDeniedFair: calling a fair vote a lie rejects it; calling the fraud
// talk a lie does not.
func TestDeniedFair(t *testing.T) {
	checkActionStance(t, []verdictCase{
		{"it is a lie that the poll was free and fair", verdictHostile},
		{"called it a myth that the election had been clean", verdictHostile},
		{"the vote was free and fair, and the talk of rigging is a lie", verdictNone}, // the lie is the fraud talk
	})
	ctx := stance.Context{}
	assert.Equal(t, verdictNone, claimStance(ctx, "it is a lie that the poll was free and fair"), "a denied claim recognises nothing")
}

// TestFraudAsserted: asserting that fraud took place ("there were clear
// signs of fraud") is hostile; denying, dismissing or reporting someone
// else's claim of it is not an assertion.
func TestFraudAsserted(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"there were “clear signs of fraud” that the jury could not wave away", true},
		{"there was massive fraud in the northern provinces", true},
		{"there had been systematic rigging", true},
		{"the observers found evidence of large-scale manipulation", true},
		{"there was no evidence of fraud", false},
		{"claims that there was fraud were baseless", false},
		{"he denied there was any fraud", false},
		{"there were irregularities in a few precincts", false},
		{"evidence of fraud was lacking", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, fraudAsserted(actionWords(c.text)))
		})
	}
}

// TestRunoffPreferred: a remark that asks for a second round withholds;
// one that tells of a runoff avoided, denied or merely held does not ask.
func TestRunoffPreferred(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"even if Lima's margin held, the best option would be a runoff", true},
		{"a second round would be “the best option” to restore trust", true},
		{"confidence could only be restored by a run-off or a full audit", true},
		{"there will be no runoff", false},
		{"the margin was just over the ten points needed to avoid a run-off", false},
		{"the runoff was held on Sunday", false},
		{"Lima won the second round easily", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, runoffPreferred(c.text))
		})
	}
}

// TestRunoffInArticle: the remark asking for a second round is about the
// result and withholding by rule.
func TestRunoffInArticle(t *testing.T) {
	r := defaultReader(t)
	r.Context = stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	res := r.Analyze("The bloc's spokesperson said the bloc shared the observers' concerns and that a second round would be “the best option” to restore trust.")
	require.Len(t, res.Remarks, 1)
	a := res.Remarks[0]
	assert.True(t, a.AboutResult)
	assert.True(t, a.ByVerb)
	assert.Equal(t, corpus.Withholding, a.Prediction.Label)
}

// TestFairnessDenied: refusing to call the vote fair is hostile; calling
// it fair, or refusing to call it unfair, is not this rule's.
func TestFairnessDenied(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"Berlin had strong doubts about the conduct of the vote and could not speak of a fair election", true},
		{"the vote could not be described as free or democratic", true},
		{"the election can hardly be called free", true},
		{"the vote was called free and fair by the observers", false},
		{"he did not call the vote unfair", false},
		{"could not speak of a free press in the country", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, fairnessDenied(actionWords(c.text)))
		})
	}
	// In the verb rule the refusal counts only when no recognition verb
	// decides: the act of an actor named in the clause is the verb's.
	checkActionStance(t, []verdictCase{
		{"Berlin had strong doubts about the conduct of the vote and could not speak of a fair election", verdictHostile},
		{"President Lars Berg had no plans to congratulate Lima and that the vote could not be described as free", verdictWithholding},
	})
}

// TestHeldUnlawfully: the vote said to have been held against the law is
// hostile; denied, hedged or said of something else, it is not.
func TestHeldUnlawfully(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the vote had taken place in illegally occupied territory", true},
		{"the election was held unlawfully", true},
		{"the poll was unconstitutional", true},
		{"the vote was not illegal", false},
		{"claims that the vote was illegal were baseless", false},
		{"the vote went smoothly and the protests were illegal", false},
		{"police broke up illegal rallies after the vote", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, heldUnlawfully(actionWords(c.text)))
		})
	}
}

// TestStandardsUnmet: a vote said to fall short of democratic standards
// is hostile; standards met, hedged claims and other standards are not.
func TestStandardsUnmet(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"there were strong doubts about the conduct of the vote and that minimum standards had not been met", true},
		{"the process did not comply with international standards of a democratic process", true},
		{"the vote fell short of democratic standards", true},
		{"the vote met international standards", false},
		{"claims that minimum standards were not met were false", false},
		{"living standards have not improved", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, standardsUnmet(actionWords(c.text)))
		})
	}
}

// TestCounterCount: the challengers' own count set against the official
// one is hostile; an official body's own count, a count that shows no
// difference, or a hedged claim of one is not.
func TestCounterCount(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"the opposition's own copies of the tally sheets showed a wide margin", true},
		{"the rival camp's parallel count gave Sousa 61 per cent", true},
		{"the commission's own count showed Lima ahead", false},
		{"the parallel count showed no significant difference", false},
		{"claims that their own tally showed a win were false", false},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			assert.Equal(t, c.want, counterCount(actionWords(c.text)))
		})
	}
}
