package article

import (
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestReaderRuns: the remarks of a run are classified together and
// repeat the run's prediction; a remark on its own is classified alone.
func TestReaderRuns(t *testing.T) {
	text := "Karl Brandt said: ‘We respect the vote.’\n\nHe added: ‘But the courts must rule first.’\n\nAnna Berg said: ‘We do not.’"
	c := fixed{
		"We respect the vote. But the courts must rule first.": {0.1, 0.8, 0.1},
		"We respect the vote.":                                 {0.9, 0.05, 0.05},
		"But the courts must rule first.":                      {0.2, 0.7, 0.1},
		"We do not.":                                           {0.1, 0.1, 0.8},
	}
	var seen []string
	judge := func(_ stance.Context, text string) (bool, float64) {
		seen = append(seen, text)
		return true, 0.9
	}
	res := Reader{Classifier: c, AboutResult: judge}.Analyze(text)
	require.Len(t, res.Remarks, 3)
	for i, want := range []corpus.Label{corpus.Withholding, corpus.Withholding, corpus.Hostile} {
		assert.Equal(t, want, res.Remarks[i].Prediction.Label, "remark %d", i)
		assert.True(t, res.Remarks[i].AboutResult)
		assert.Equal(t, 0.9, res.Remarks[i].AboutResultProbability)
	}
	assert.Equal(t, 0.8, res.Remarks[1].Prediction.Probability, "the run's prediction, not the remark's own")
	assert.Equal(t, []string{"We respect the vote. But the courts must rule first.", "We do not."}, seen, "one judgement per run")
	require.Len(t, res.Speakers, 2)
	assert.Equal(t, 2, res.Speakers[0].Remarks, "remarks, not runs")
	assert.Equal(t, corpus.Withholding, res.Speakers[0].Stance)
}

// TestReaderAboutResult: remarks the judge puts off topic count as such
// and give no stance; actions without a stance are not classified.
func TestReaderAboutResult(t *testing.T) {
	text := "Hana Volk said the networks were recycling old claims. Karl Abel remained silent. Anna Berg said she congratulated the winner warmly."
	c := fixed{
		"the networks were recycling old claims": {0.1, 0.1, 0.8},
		"she congratulated the winner warmly":    {0.9, 0.05, 0.05},
	}
	judge := func(_ stance.Context, text string) (bool, float64) {
		if strings.Contains(text, "networks") {
			return false, 0.2
		}
		return true, 0.7
	}
	res := Reader{Classifier: c, AboutResult: judge}.Analyze(text)
	require.Len(t, res.Remarks, 3)
	assert.False(t, res.Remarks[0].AboutResult)
	assert.Equal(t, 0.2, res.Remarks[0].AboutResultProbability)
	assert.True(t, res.Remarks[1].NoStance)
	assert.Equal(t, corpus.Label(""), res.Remarks[1].Prediction.Label, "not classified")

	by := map[string]Summary{}
	for _, s := range res.Speakers {
		by[s.Speaker] = s
	}
	assert.Equal(t, Summary{Speaker: "Hana Volk", OffTopic: 1, Counts: zeroCounts(), LogProbability: zeroLogs()}, by["Hana Volk"])
	assert.Equal(t, corpus.Label(""), by["Karl Abel"].Stance)
	assert.Equal(t, 1, by["Karl Abel"].NoStance)
	assert.Equal(t, 0, by["Karl Abel"].Remarks)
	assert.Equal(t, corpus.Recognising, by["Anna Berg"].Stance)
	assert.Equal(t, 1, by["Anna Berg"].Remarks)

	// AboutEverything counts every remark as about the result.
	res = Reader{Classifier: c, AboutResult: AboutEverything}.Analyze(text)
	assert.True(t, res.Remarks[0].AboutResult)
	assert.Equal(t, 1.0, res.Remarks[0].AboutResultProbability)
	assert.Equal(t, corpus.Hostile, res.Speakers[0].Stance)
}

func zeroCounts() map[corpus.Label]int {
	return map[corpus.Label]int{corpus.Recognising: 0, corpus.Withholding: 0, corpus.Hostile: 0}
}

func zeroLogs() map[corpus.Label]float64 {
	return map[corpus.Label]float64{corpus.Recognising: 0, corpus.Withholding: 0, corpus.Hostile: 0}
}

// TestRules checks each summary rule on three remarks with hand-computed
// results: P(recognising, withholding, hostile) = (0.6, 0.3, 0.1),
// (0.6, 0.3, 0.1), (0.1, 0.5, 0.4).
//
//	mean:      (1.3/3, 1.1/3, 0.6/3) = (0.433, 0.367, 0.2) → recognising
//	departure: the third remark (P(recognising) = 0.1) → withholding
//	majority:  recognising 2, withholding 1 → recognising
//	sum log:   rec 2 ln .6 + ln .1 = −3.324; wit 2 ln .3 + ln .5 = −3.101;
//	           hos 2 ln .1 + ln .4 = −5.521 → withholding
func TestRules(t *testing.T) {
	p := func(a, b, c float64) stance.Prediction { return stance.NewPrediction(labels, []float64{a, b, c}) }
	ps := []stance.Prediction{p(0.6, 0.3, 0.1), p(0.6, 0.3, 0.1), p(0.1, 0.5, 0.4)}
	prior := func(l corpus.Label) float64 { return 3 * SpeakerPriors()[l] }
	// geo: the three geometric means, each times the cube root of its
	// weight, normalised.
	geo := func(wr, ww, wh float64) []float64 {
		g := []float64{math.Cbrt(0.036 * wr), math.Cbrt(0.045 * ww), math.Cbrt(0.004 * wh)}
		z := g[0] + g[1] + g[2]
		return []float64{g[0] / z, g[1] / z, g[2] / z}
	}
	tests := []struct {
		rule  Rule
		label corpus.Label
		probs []float64
	}{
		{MeanProbability, corpus.Recognising, []float64{1.3 / 3, 1.1 / 3, 0.6 / 3}},
		{StrongestDeparture, corpus.Withholding, []float64{0.1, 0.5, 0.4}},
		{Majority, corpus.Recognising, []float64{1.3 / 3, 1.1 / 3, 0.6 / 3}},
		// Sums of logs: recognising 2 ln .6 + ln .1 = −3.324, withholding
		// 2 ln .3 + ln .5 = −3.101, hostile 2 ln .1 + ln .4 = −5.521; the
		// probabilities are the geometric means ∛(.6·.6·.1) = ∛.036,
		// ∛.045 and ∛.004, normalised.
		{SumLogProbability, corpus.Withholding, geo(1, 1, 1)},
		// The prior adds ln(3·π(label)), about +0.51 for recognising and
		// −0.46 for withholding (SpeakerPriors): recognising about −2.8
		// beats withholding about −3.6. The probabilities are the
		// geometric means times ∛(3·π(label)), normalised.
		{SpeakerPrior, corpus.Recognising, geo(prior(corpus.Recognising), prior(corpus.Withholding), prior(corpus.Hostile))},
		{DefaultRule, corpus.Recognising, geo(prior(corpus.Recognising), prior(corpus.Withholding), prior(corpus.Hostile))},
	}
	for _, tc := range tests {
		t.Run(tc.rule.String(), func(t *testing.T) {
			l, probs := tc.rule.apply(ps, labels)
			assert.Equal(t, tc.label, l)
			for i, want := range tc.probs {
				assert.InDelta(t, want, probs[labels[i]], 1e-12, "%s", labels[i])
			}
		})
	}
	l, probs := MeanProbability.apply(nil, labels)
	assert.Equal(t, corpus.Label(""), l, "no remark, no stance")
	assert.Nil(t, probs)

	// Majority ties go to the higher mean: one remark each way.
	l, _ = Majority.apply([]stance.Prediction{p(0.5, 0.4, 0.1), p(0.1, 0.85, 0.05)}, labels)
	assert.Equal(t, corpus.Withholding, l)
	assert.Equal(t, "Rule(9)", Rule(9).String())

	// A label without a prior (another label set) gets no correction.
	other := []corpus.Label{"yes", "no"}
	q := func(a, b float64) stance.Prediction { return stance.NewPrediction(other, []float64{a, b}) }
	l, _ = SpeakerPrior.apply([]stance.Prediction{q(0.4, 0.6)}, other)
	assert.Equal(t, corpus.Label("no"), l)
}

// TestReaderHeadlineClaim: the headline's claim about a speaker is one of
// that speaker's remarks and counts in their stance. Sum of logs for Ivo
// Kask: recognising ln .1 + ln .5 = −2.996, withholding ln .8 + ln .4 =
// −1.139, hostile ln .1 + ln .1 = −4.605 → withholding, although his one
// remark in the body leans recognising. Edda Moor's only claim about the
// result is the headline's; her remark in the body is off-topic.
func TestReaderHeadlineClaim(t *testing.T) {
	c := fixed{
		"refuses to recognise the winner":             {0.1, 0.8, 0.1},
		"the courts would have the last word":         {0.5, 0.4, 0.1},
		"yet to congratulate Lind":                    {0.2, 0.7, 0.1},
		"the fair showed the strength of the economy": {0.6, 0.3, 0.1},
	}
	judge := func(_ stance.Context, text string) (bool, float64) { return !strings.Contains(text, "economy"), 0.5 }
	r := Reader{Classifier: c, AboutResult: judge}

	res := r.Analyze("Velorian President refuses to recognise the winner\n\nIvo Kask said on Sunday that the courts would have the last word.")
	require.Len(t, res.Speakers, 1)
	s := res.Speakers[0]
	assert.Equal(t, "Ivo Kask", s.Speaker)
	assert.Equal(t, 2, s.Remarks)
	assert.Equal(t, map[corpus.Label]int{corpus.Recognising: 1, corpus.Withholding: 1, corpus.Hostile: 0}, s.Counts)
	assert.Equal(t, corpus.Withholding, s.Stance)

	res = r.Analyze("Moor yet to congratulate Lind\n\nPresident Edda Moor spent Monday at a trade fair. Moor said the fair showed the strength of the economy.")
	require.Len(t, res.Speakers, 1)
	s = res.Speakers[0]
	assert.True(t, res.Remarks[0].Headline)
	assert.Equal(t, 1, s.Remarks)
	assert.Equal(t, 1, s.OffTopic)
	assert.Equal(t, corpus.Withholding, s.Stance)
}

// TestReaderContext: the Reader's context reaches a classifier that reads
// one and the judge, with every run; without one they get the zero Context.
func TestReaderContext(t *testing.T) {
	text := "Karl Brandt said: ‘We respect the vote.’\n\nHe added: ‘But the courts must rule first.’\n\nKarl Brandt congratulated Anna Berg."
	ctx := stance.Context{Winner: []string{"Anna Berg", "Berg"}, Rivals: []string{"Omar Rask"}}
	for _, give := range []stance.Context{ctx, {}} {
		c := &contextual{}
		var judged []stance.Context
		judge := func(ctx stance.Context, _ string) (bool, float64) {
			judged = append(judged, ctx)
			return true, 1
		}
		res := Reader{Classifier: c, AboutResult: judge, Context: give}.Analyze(text)
		require.Len(t, res.Remarks, 3)
		assert.Equal(t, []stance.Context{give, give}, c.seen, "one prediction per run, the action's included")
		assert.Zero(t, c.plain, "PredictIn, not Predict")
		assert.Equal(t, []stance.Context{give}, judged, "the action is not judged")
		assert.True(t, res.Remarks[2].AboutResult)
		assert.Equal(t, 1.0, res.Remarks[2].AboutResultProbability)
	}
}

// contextual is a ContextClassifier that records the contexts it is given
// and counts the calls of Predict, which the Reader should not make.
type contextual struct {
	seen  []stance.Context
	plain int
}

func (c *contextual) Labels() []corpus.Label { return labels }

func (c *contextual) Predict(text string) stance.Prediction {
	c.plain++
	return stance.NewPrediction(labels, []float64{0.5, 0.3, 0.2})
}

func (c *contextual) PredictIn(ctx stance.Context, _ string) stance.Prediction {
	c.seen = append(c.seen, ctx)
	return stance.NewPrediction(labels, []float64{0.5, 0.3, 0.2})
}
