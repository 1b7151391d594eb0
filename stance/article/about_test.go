package article

import (
	"bytes"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestDefaultAboutIsCurrent retrains the default judge's model and checks
// the embedded copy against it, and (outside -race, where the 110 trainings
// of the nested cross-validation are slow) that the cross-validated
// threshold is still DefaultAboutThreshold.
func TestDefaultAboutIsCurrent(t *testing.T) {
	want, err := EncodeDefaultAbout()
	require.NoError(t, err)
	if !bytes.Equal(want, aboutBin) {
		t.Fatal("stance/article/about.bin is stale (the corpora or AboutOptions changed): run go generate ./stance/article")
	}
	j, err := DefaultAboutJudge()
	require.NoError(t, err)
	assert.Equal(t, AboutLabels(), j.Model.Labels())
	assert.Equal(t, AboutOptions(), j.Model.Options())
	_, ok := j.Model.Calibration()
	assert.True(t, ok, "the default judge's model is calibrated")
	if raceEnabled || testing.Short() {
		t.Skip("the threshold's nested cross-validation is left to runs without -race and -short")
	}
	cv, err := CrossValidateDefaultAbout()
	require.NoError(t, err)
	t.Logf("threshold %.2f: macro-F1 %.4f (%.4f at 0.5); precision %v recall %v", cv.Threshold, cv.MacroF1, cv.AtHalf, cv.Precision, cv.Recall)
	assert.Equal(t, DefaultAboutThreshold, cv.Threshold, "update DefaultAboutThreshold and its documentation")
}

func TestAboutCorpus(t *testing.T) {
	all := AboutCorpus()
	n := map[corpus.Label]int{}
	for _, e := range all {
		n[e.Label]++
		require.NotEmpty(t, e.Meta["group"], e.ID)
	}
	assert.Equal(t, map[corpus.Label]int{AboutResultLabel: len(corpus.English()), corpus.OffTopic: len(corpus.OffTopicRemarks())}, n)
	assert.Equal(t, all[0].Election(), all[0].Meta["group"], "a stance statement is grouped by election")
	last := all[len(all)-1]
	assert.Equal(t, "topic:"+last.Meta["topic"], last.Meta["group"], "an off-topic remark by topic")
	_, shared := corpus.English()[0].Meta["group"]
	assert.False(t, shared, "the corpus's own Meta maps are left alone")
}

// TestDefaultAboutJudge: statements about a result and remarks on other
// subjects, none of them in the corpus.
func TestDefaultAboutJudge(t *testing.T) {
	j, err := DefaultAboutJudge()
	require.NoError(t, err)
	ctx := stance.Context{Winner: []string{"Ana Lind", "Lind"}, Rivals: []string{"Piet Vos", "Vos"}}
	tests := []struct {
		text  string
		about bool
	}{
		{"We congratulate Ana Lind on her election and look forward to working with her.", true},
		{"We will not recognise the result until every ballot has been recounted.", true},
		{"The so-called victory of Lind is a fraud, and the people will not accept it.", true},
		{"Inflation fell again in March, and fuel prices are finally coming down.", false},
		{"Our troops will stay at the border as long as the shelling continues.", false},
		{"The vaccination campaign reached two million people this week.", false},
	}
	for _, tc := range tests {
		about, p := j.Judge(ctx, tc.text)
		assert.Equal(t, tc.about, about, "%q: P(about) = %.3f", tc.text, p)
		assert.Equal(t, p >= DefaultAboutThreshold, about)
	}
	about, p := AboutJudge{}.Judge(ctx, "anything")
	assert.True(t, about, "a judge without a model says yes, as AboutEverything")
	assert.Equal(t, 1.0, p)
}

// TestChooseThreshold scores hand-made probabilities. With p = 0.2, 0.4,
// 0.6, 0.8 for off, about, off, about:
//
//	t ≤ 0.2:       all about: about P = 2/4, R = 1, F1 = 2/3; off F1 = 0 → macro 1/3
//	0.2 < t ≤ 0.4: about {.4 .6 .8}: P = 2/3, R = 1, F1 = 0.8; off {.2}: P = 1, R = 1/2, F1 = 2/3 → 0.7333
//	0.4 < t ≤ 0.6: about {.6 .8}: P = 1/2, R = 1/2; off likewise → 0.5
//	0.6 < t ≤ 0.8: about {.8}: P = 1, R = 1/2, F1 = 2/3; off {.2 .4 .6}: P = 2/3, R = 1, F1 = 0.8 → 0.7333
//
// The two best ranges tie; 0.40 is nearer 0.5 than 0.61.
func TestChooseThreshold(t *testing.T) {
	cv := chooseThreshold([]float64{0.2, 0.4, 0.6, 0.8}, []bool{false, true, false, true})
	assert.InDelta(t, 0.40, cv.Threshold, 1e-12)
	assert.InDelta(t, (0.8+2.0/3)/2, cv.MacroF1, 1e-12)
	assert.InDelta(t, 2.0/3, cv.Precision[AboutResultLabel], 1e-12)
	assert.InDelta(t, 1.0, cv.Recall[AboutResultLabel], 1e-12)
	assert.InDelta(t, 1.0, cv.Precision[corpus.OffTopic], 1e-12)
	assert.InDelta(t, 0.5, cv.Recall[corpus.OffTopic], 1e-12)
	assert.InDelta(t, 0.5, cv.AtHalf, 1e-12)
	assert.Equal(t, 4, cv.Items)

	_, err := CrossValidateAbout(AboutCorpus()[:10], AboutOptions(), stance.CalibrateOptions{Folds: 2})
	assert.ErrorIs(t, err, stance.ErrCalibration, "grouped folds are required")
}

// BenchmarkDefaultAboutDecode measures what the default judge costs a
// program on first use: decoding the embedded model.
func BenchmarkDefaultAboutDecode(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := stance.DecodeCompact(aboutBin); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkJudge measures one judgement of the default judge in an
// election context.
func BenchmarkJudge(b *testing.B) {
	j, err := DefaultAboutJudge()
	if err != nil {
		b.Fatal(err)
	}
	ctx := stance.Context{Winner: []string{"Ana Lind", "Lind"}, Rivals: []string{"Piet Vos", "Vos"}}
	b.ReportAllocs()
	for b.Loop() {
		j.Judge(ctx, "We congratulate Ana Lind on her election and look forward to working with her.")
	}
}
