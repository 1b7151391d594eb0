package article

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestAgg22Retracts: which remarks take a greeting back.
func TestAgg22Retracts(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"withdrew his congratulations", true},
		{"had joined the leaders pulling back their premature greetings", true},
		{"cancelled its congratulatory statement on Tuesday", true},
		{"took back the congratulations she had sent on Sunday", true},
		{"rescinded the greeting", true},
		// near-misses
		{"did not withdraw his congratulations", false},
		{"withdrew his troops from the border", false},
		{"pulled back from the brink and sent his congratulations", false},
		{"sent his congratulations", false},
	} {
		assert.Equal(t, c.want, agg22Retracts(Analysis{Remark: Remark{Text: c.text}}), c.text)
	}
}

// TestAgg22DropRecognising keeps the predictions that are not recognising.
func TestAgg22DropRecognising(t *testing.T) {
	p := func(a, b, c float64) stance.Prediction { return stance.NewPrediction(labels, []float64{a, b, c}) }
	got := agg22DropRecognising([]stance.Prediction{p(0.97, 0.01, 0.02), p(0.1, 0.8, 0.1), p(0.2, 0.3, 0.5), p(0.6, 0.3, 0.1)})
	require.Len(t, got, 2)
	assert.Equal(t, corpus.Withholding, got[0].Label)
	assert.Equal(t, corpus.Hostile, got[1].Label)
	assert.Empty(t, agg22DropRecognising([]stance.Prediction{p(0.9, 0.05, 0.05)}))
}

// TestAgg22Retraction reads short invented articles with a fixed
// classifier: a greeting (recognising 0.97, 0.01, 0.02) followed by a
// retraction leaves the retraction alone as evidence.
func TestAgg22Retraction(t *testing.T) {
	c := fixed{
		"he was keen to start working with Mara Holt":  {0.97, 0.01, 0.02},
		"she was keen to start working with Mara Holt": {0.97, 0.01, 0.02},
	}
	// The retraction alone, a speaker of one remark: the verb rule's
	// withholding verdict under the tempered prior (0.497098, 0.240008,
	// 0.262894). Let v be the verdict's probabilities (read from the
	// reader): the posterior is π·v / Σ π·v.
	ctx := stance.Context{Winner: []string{"Mara Holt", "Holt"}, Rivals: []string{"Ivo Kask", "Kask"}}
	for _, tc := range []struct {
		name, text, speaker string
		want                corpus.Label
		dropped             bool
	}{
		{"withdrew", "Reactions\n\nLena Dal said he was keen to start working with Mara Holt. On Friday Lena Dal withdrew his congratulations.", "Lena Dal", corpus.Withholding, true},
		{"pulling back", "Reactions\n\nJo Roe said she was keen to start working with Mara Holt. Jo Roe later joined the leaders pulling back their premature greetings.", "Jo Roe", corpus.Withholding, true},
		{"cancelled", "Reactions\n\nLena Dal said he was keen to start working with Mara Holt. Lena Dal then cancelled his congratulatory statement.", "Lena Dal", corpus.Withholding, true},
		// near-misses: the greeting after the retraction counts; a
		// retraction of troops is no retraction of a greeting
		{"greeting again", "Reactions\n\nLena Dal withdrew his congratulations. Lena Dal said on Friday he was keen to start working with Mara Holt.", "Lena Dal", corpus.Recognising, false},
		{"troops", "Reactions\n\nLena Dal said he was keen to start working with Mara Holt. Lena Dal withdrew his troops from the border.", "Lena Dal", corpus.Recognising, false},
	} {
		res := Reader{Classifier: c, Context: ctx, AboutResult: AboutEverything}.Analyze(tc.text)
		var got *Summary
		var ret *Analysis
		for i := range res.Speakers {
			if res.Speakers[i].Speaker == tc.speaker {
				got = &res.Speakers[i]
			}
		}
		for i, a := range res.Remarks {
			if a.Speaker == tc.speaker && agg22Retracts(a) {
				ret = &res.Remarks[i]
			}
		}
		require.NotNil(t, got, "%s: %+v", tc.name, res.Remarks)
		assert.Equal(t, tc.want, got.Stance, "%s: %+v", tc.name, res.Remarks)
		if !tc.dropped {
			continue
		}
		require.NotNil(t, ret, tc.name)
		v := ret.Prediction
		z := 0.0
		post := map[corpus.Label]float64{}
		for _, l := range labels {
			post[l] = loneSpeakerPriors[l] * v.ProbabilityOf(l)
			z += post[l]
		}
		for _, l := range labels {
			assert.InDelta(t, post[l]/z, got.Probabilities[l], 1e-9, "%s %s", tc.name, l)
		}
	}
	// By hand for the verb rule's verdict (0.1, 0.8, 0.1): 0.0497098,
	// 0.1920064, 0.0262894, sum 0.2680056: posterior (0.185480, 0.716427,
	// 0.098093), where the greeting and the retraction together under the
	// full prior give recognising: 0.553571·0.97·0.1 = 0.053696 against
	// 0.209677·0.01·0.8 = 0.001677.
	p := func(a, b, c float64) stance.Prediction { return stance.NewPrediction(labels, []float64{a, b, c}) }
	_, probs := DefaultRule.applyWith([]stance.Prediction{p(0.1, 0.8, 0.1)}, labels, loneSpeakerPriors)
	assert.InDelta(t, 0.185480, probs[corpus.Recognising], 1e-6)
	assert.InDelta(t, 0.716427, probs[corpus.Withholding], 1e-6)
	assert.InDelta(t, 0.098093, probs[corpus.Hostile], 1e-6)
	l, both := DefaultRule.applyWith([]stance.Prediction{p(0.97, 0.01, 0.02), p(0.1, 0.8, 0.1)}, labels, speakerPriors)
	assert.Equal(t, corpus.Recognising, l)
	assert.Greater(t, math.Log(both[corpus.Recognising]), math.Log(both[corpus.Withholding]))
}
