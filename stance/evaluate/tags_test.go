package evaluate

import (
	"encoding/json"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// taggedItems are eight predictions with tags, worked by hand in
// TestPerTag.
func taggedItems(t *testing.T) *Predictions {
	r, w, h := corpus.Recognising, corpus.Withholding, corpus.Hostile
	items := []struct {
		truth, pred corpus.Label
		tags        []string
	}{
		{r, r, []string{"who-is-who"}},
		{h, r, []string{"who-is-who"}},
		{h, h, []string{"who-is-who", "multi-sentence"}},
		{w, w, []string{"diplomatic-withholding"}},
		{w, h, []string{"diplomatic-withholding", "multi-sentence"}},
		{r, r, nil},
		{h, h, nil},
		{r, w, []string{"who-is-who", "who-is-who"}}, // a repeated tag counts once
	}
	labels := corpus.LeaderLabels()
	var truth []corpus.Label
	var preds []stance.Prediction
	var tags [][]string
	for _, it := range items {
		probs := []float64{0.1, 0.1, 0.1}
		for c, l := range labels {
			if l == it.pred {
				probs[c] = 0.8
			}
		}
		truth = append(truth, it.truth)
		preds = append(preds, stance.NewPrediction(labels, probs))
		tags = append(tags, it.tags)
	}
	p, err := NewPredictions(labels, truth, preds)
	require.NoError(t, err)
	p.Tags = tags
	return p
}

func f64(x float64) *float64 { return &x }

// TestPerTag checks PerTag against scores worked by hand.
//
//   - who-is-who, items 0, 1, 2, 7: right on 0 and 2, accuracy 2/4. True r
//     predicted r and w, true h predicted r and h: F1(r) = 2·1/(2+2) = 1/2,
//     F1(w) = 0/(0+1) = 0, F1(h) = 2·1/(2+1) = 2/3; macro (1/2+0+2/3)/3 = 7/18.
//   - diplomatic-withholding, items 3, 4: accuracy 1/2; all true w, so no
//     macro-F1.
//   - multi-sentence, items 2, 4: accuracy 1/2; true h and w, both
//     predicted h: F1(w) = 0, F1(h) = 2·1/(1+2) = 2/3, r absent; macro 1/3.
//   - (none), items 5, 6: both right, F1(r) = F1(h) = 1, macro 1.
//
// Wilson 95% intervals (z = 1.959964): for 2 of 4, centre 0.5 and
// half-width z/(1+z²/4)·√(1/16 + z²/64) = 0.349961; for 1 of 2, centre 0.5
// and half-width z/(1+z²/2)·√(1/8 + z²/16) = 0.405469; for 2 of 2, lower
// end n/(n+z²) = 2/(2+z²) = 0.342380 and upper end 1.
func TestPerTag(t *testing.T) {
	got := PerTag(taggedItems(t))
	want := []TagScore{
		{Tag: "who-is-who", N: 4, Accuracy: 0.5, AccuracyWilson95: Interval{0.150039, 0.849961}, MacroF1: f64(7.0 / 18)},
		{Tag: "diplomatic-withholding", N: 2, Accuracy: 0.5, AccuracyWilson95: Interval{0.094531, 0.905469}},
		{Tag: "multi-sentence", N: 2, Accuracy: 0.5, AccuracyWilson95: Interval{0.094531, 0.905469}, MacroF1: f64(1.0 / 3)},
		{Tag: NoTag, N: 2, Accuracy: 1, AccuracyWilson95: Interval{0.342380, 1}, MacroF1: f64(1)},
	}
	require.Len(t, got, len(want))
	for i, w := range want {
		g := got[i]
		assert.Equal(t, w.Tag, g.Tag, "row %d", i)
		assert.Equal(t, w.N, g.N, w.Tag)
		assert.InDelta(t, w.Accuracy, g.Accuracy, 1e-12, w.Tag)
		assert.InDelta(t, w.AccuracyWilson95.Lo, g.AccuracyWilson95.Lo, 1e-6, w.Tag)
		assert.InDelta(t, w.AccuracyWilson95.Hi, g.AccuracyWilson95.Hi, 1e-6, w.Tag)
		if w.MacroF1 == nil {
			assert.Nil(t, g.MacroF1, w.Tag)
		} else if assert.NotNil(t, g.MacroF1, w.Tag) {
			assert.InDelta(t, *w.MacroF1, *g.MacroF1, 1e-12, w.Tag)
		}
	}
}

func TestPerTagNone(t *testing.T) {
	p := taggedItems(t)
	p.Tags = nil
	assert.Nil(t, PerTag(p), "no tags")
	p.Tags = make([][]string, p.Len())
	assert.Nil(t, PerTag(p), "only untagged items")
	p.Tags = [][]string{{"x"}}
	assert.Nil(t, PerTag(p), "tags that do not fit the items")
	assert.Nil(t, PerTag(nil))
}

func TestReportTags(t *testing.T) {
	r, err := NewReport(taggedItems(t), ReportOptions{Bootstrap: BootstrapOptions{Seed: 1, Resamples: 10}})
	require.NoError(t, err)
	require.Len(t, r.Tags, 4)

	text := r.String()
	assert.Contains(t, text, "\nPer tag (")
	assert.Contains(t, text, "tag                     items  accuracy  95% Wilson       macro F1\n")
	assert.Contains(t, text, "who-is-who                  4     0.500  [0.150, 0.850]      0.389\n")
	assert.Contains(t, text, "diplomatic-withholding      2     0.500  [0.095, 0.905]          -\n")
	assert.Contains(t, text, "(none)                      2     1.000  [0.342, 1.000]      1.000\n")

	b, err := json.Marshal(r)
	require.NoError(t, err)
	var m struct {
		Tags []map[string]any `json:"tags"`
	}
	require.NoError(t, json.Unmarshal(b, &m))
	require.Len(t, m.Tags, 4)
	assert.Equal(t, "who-is-who", m.Tags[0]["tag"])
	assert.InDelta(t, 4, m.Tags[0]["n"], 0)
	assert.InDelta(t, 7.0/18, m.Tags[0]["macro_f1"], 1e-12)
	assert.NotContains(t, m.Tags[1], "macro_f1", "no macro-F1 for a single true label")

	plain, err := NewReport(fromConfusion(t, abc, handMatrix), ReportOptions{Bootstrap: BootstrapOptions{Resamples: 10}})
	require.NoError(t, err)
	assert.NotContains(t, plain.String(), "Per tag")
	b, err = json.Marshal(plain)
	require.NoError(t, err)
	assert.NotContains(t, string(b), `"tags"`)
}

// TestTagsFromExamples checks that Evaluate and CrossValidate keep the
// examples' tags, in the order of the items.
func TestTagsFromExamples(t *testing.T) {
	exs := synthetic(30, 3)
	for i := range exs {
		if i%4 == 0 {
			exs[i].Meta["tags"] = `["negation"]`
		}
	}
	cv, err := CrossValidate(exs, trainMajority, CVOptions{Folds: 3, Seed: 1})
	require.NoError(t, err)
	c, err := trainMajority([]corpus.Example{{Label: corpus.Hostile}})
	require.NoError(t, err)
	fixed, err := Evaluate(c, exs, nil)
	require.NoError(t, err)
	for _, p := range []*Predictions{cv, fixed} {
		require.Len(t, p.Tags, len(exs))
		for i := range exs {
			assert.Equal(t, exs[i].Tags(), p.Tags[i], exs[i].ID)
		}
		tags := PerTag(p)
		require.Len(t, tags, 2)
		assert.Equal(t, "negation", tags[0].Tag)
		assert.Equal(t, 8, tags[0].N)
		assert.Equal(t, NoTag, tags[1].Tag)
		assert.Equal(t, 22, tags[1].N)
	}
	fixed, err = Evaluate(c, synthetic(6, 2), nil)
	require.NoError(t, err)
	assert.Nil(t, fixed.Tags, "no example has tags")
}
