package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestAgg21LonePrior checks the tempered prior of a speaker known by one
// remark (agg21_loneprior.go) against values computed by hand.
func TestAgg21LonePrior(t *testing.T) {
	// (0.5, 0.25, 0.25)^0.5 = (0.70711, 0.5, 0.5), sum 1.70711.
	half := temperedPrior(map[corpus.Label]float64{corpus.Recognising: 0.5, corpus.Withholding: 0.25, corpus.Hostile: 0.25}, 0.5)
	assert.InDelta(t, 0.414214, half[corpus.Recognising], 1e-6)
	assert.InDelta(t, 0.292893, half[corpus.Withholding], 1e-6)
	assert.InDelta(t, 0.292893, half[corpus.Hostile], 1e-6)
	// Weight 1 leaves the prior as it is.
	for l, p := range temperedPrior(speakerPriors, 1) {
		assert.InDelta(t, speakerPriors[l], p, 1e-12, "%s", l)
	}
	// (961, 364, 411)/1736 to the power 0.75 = (0.641770, 0.309875,
	// 0.339420), sum 1.291064.
	assert.InDelta(t, 0.497098, loneSpeakerPriors[corpus.Recognising], 1e-6)
	assert.InDelta(t, 0.240008, loneSpeakerPriors[corpus.Withholding], 1e-6)
	assert.InDelta(t, 0.262894, loneSpeakerPriors[corpus.Hostile], 1e-6)

	// One hesitant hostile remark (0.28, 0.15, 0.57): under the full prior
	// 0.553571·0.28 = 0.155000 against 0.236751·0.57 = 0.134948, so
	// recognising (posterior 0.482265, 0.097858, 0.419876); tempered,
	// 0.497098·0.28 = 0.139187 against 0.262894·0.57 = 0.149850, so
	// hostile (posterior 0.428219, 0.110760, 0.461022).
	p := func(a, b, c float64) stance.Prediction { return stance.NewPrediction(labels, []float64{a, b, c}) }
	hesitant := []stance.Prediction{p(0.28, 0.15, 0.57)}
	l, probs := DefaultRule.applyWith(hesitant, labels, speakerPriors)
	assert.Equal(t, corpus.Recognising, l)
	assert.InDelta(t, 0.482265, probs[corpus.Recognising], 1e-6)
	assert.InDelta(t, 0.419876, probs[corpus.Hostile], 1e-6)
	l, probs = DefaultRule.applyWith(hesitant, labels, loneSpeakerPriors)
	assert.Equal(t, corpus.Hostile, l)
	assert.InDelta(t, 0.428219, probs[corpus.Recognising], 1e-6)
	assert.InDelta(t, 0.110760, probs[corpus.Withholding], 1e-6)
	assert.InDelta(t, 0.461022, probs[corpus.Hostile], 1e-6)
	// A confident recognising remark stays recognising.
	l, _ = DefaultRule.applyWith([]stance.Prediction{p(0.8, 0.1, 0.1)}, labels, loneSpeakerPriors)
	assert.Equal(t, corpus.Recognising, l)

	nf := p(1.0/3, 1.0/3, 1.0/3)
	nf.NoFeatures = true
	for _, c := range []struct {
		name string
		ps   []stance.Prediction
		want int
	}{
		{"one remark", hesitant, 1},
		{"one remark and one without features", []stance.Prediction{hesitant[0], nf}, 1},
		{"two remarks", []stance.Prediction{hesitant[0], hesitant[0]}, 2},
		{"two without features", []stance.Prediction{nf, nf}, 2},
	} {
		assert.Equal(t, c.want, evidenceCount(c.ps), c.name)
	}

	r := Reader{Context: stance.Context{Winner: []string{"Mara Holt", "Holt"}, Rivals: []string{"Ivo Kask", "Kask"}}}
	assert.Equal(t, loneSpeakerPriors, r.summaryPrior(Summary{Speaker: "Lena Dal"}, hesitant))
	assert.Equal(t, loneSpeakerPriors, r.summaryPrior(Summary{Speaker: "Lena Dal"}, []stance.Prediction{hesitant[0], nf}))
	assert.Equal(t, speakerPriors, r.summaryPrior(Summary{Speaker: "Lena Dal"}, []stance.Prediction{hesitant[0], hesitant[0]}))
	assert.Equal(t, rivalPriors, r.summaryPrior(Summary{Speaker: "Ivo Kask"}, hesitant))
}

// TestAgg21LoneSpeakers reads short invented articles with a fixed
// classifier: a speaker known by one hesitant hostile remark (evidence
// ratio hostile/recognising 0.57/0.28 = 2.04, between the tempered
// prior's 0.497/0.263 = 1.89 and the full prior's 0.554/0.237 = 2.34) is
// hostile whether the remark is reported, direct or an action; a speaker
// with two such remarks (0.54/0.38 each, 2.02 together) keeps the full
// prior and stays recognising; and a rival with one remark (hostile
// 0.33 against recognising 0.55: 0.6, above the rivals' prior's
// 83/146 = 0.57, below its tempered 0.65) stays hostile under the
// rivals' prior at full weight.
func TestAgg21LoneSpeakers(t *testing.T) {
	c := fixed{
		"the figures from the north were a matter for her cabinet": {0.28, 0.15, 0.57},
		"The figures from the north are a matter for my cabinet.":  {0.28, 0.15, 0.57},
		"questioned the figures from the north":                    {0.28, 0.15, 0.57},
		"the figures from the south would go to his cabinet":       {0.38, 0.08, 0.54},
		"the figures from the south were with his cabinet":         {0.38, 0.08, 0.54},
		"the figures from the east were a matter for his party":    {0.55, 0.12, 0.33},
	}
	ctx := stance.Context{Winner: []string{"Mara Holt", "Holt"}, Rivals: []string{"Ivo Kask", "Kask"}}
	for _, tc := range []struct {
		name, text, speaker string
		remarks             int
		want                corpus.Label
	}{
		{"reported", "Reactions\n\nLena Dal said the figures from the north were a matter for her cabinet.", "Lena Dal", 1, corpus.Hostile},
		{"direct", "Reactions\n\n“The figures from the north are a matter for my cabinet.” Lena Dal said.", "Lena Dal", 1, corpus.Hostile},
		{"action", "Reactions\n\nLena Dal questioned the figures from the north.", "Lena Dal", 1, corpus.Hostile},
		{"two remarks", "Reactions\n\nJo Roe said the figures from the south would go to his cabinet. Jo Roe later said the figures from the south were with his cabinet.", "Jo Roe", 2, corpus.Recognising},
		{"a rival", "Reactions\n\nIvo Kask said the figures from the east were a matter for his party.", "Ivo Kask", 1, corpus.Hostile},
	} {
		res := Reader{Classifier: c, Context: ctx, AboutResult: AboutEverything}.Analyze(tc.text)
		var got *Summary
		for i := range res.Speakers {
			if res.Speakers[i].Speaker == tc.speaker {
				got = &res.Speakers[i]
			}
		}
		require.NotNil(t, got, "%s: %+v", tc.name, res.Remarks)
		for _, a := range res.Remarks {
			if a.Speaker == tc.speaker {
				assert.False(t, a.Prediction.NoFeatures, "%s: %q is not a text of the classifier", tc.name, a.Text)
				assert.False(t, a.ByVerb, "%s: %q is read by a rule, not the classifier", tc.name, a.Text)
			}
		}
		assert.Equal(t, tc.remarks, got.Remarks, tc.name)
		assert.Equal(t, tc.want, got.Stance, "%s: %+v", tc.name, res.Remarks)
	}
}
