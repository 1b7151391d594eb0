package stance

import (
	"bytes"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// twoPolarity is a two-statement positive/negative model.
func twoPolarity(t *testing.T) *Model {
	o := tiny(Complement)
	o.Labels = []corpus.Label{corpus.Positive, corpus.Negative}
	return train(t, o, "positive", "apple apple", "negative", "pear")
}

// Worked by hand. VADER scores "good" (valence 1.9) as
// 1.9/√(1.9² + 15) = 0.440434; the model has never seen the word, so the
// naive Bayes log-odds are 0, and with T = 2, w = 1.5, b = −0.5
//
//	P(positive) = σ(0/2 + 1.5·0.440434 − 0.5) = σ(0.160650) = 0.540076.
func TestVADERTermByHand(t *testing.T) {
	assert.InDelta(t, 0.440434, VADERCompound("good"), 1e-6)
	m, err := twoPolarity(t).WithCalibration(Calibration{Temperature: 2, VADER: 1.5, Bias: -0.5})
	require.NoError(t, err)
	p := m.Predict("good")
	assert.Equal(t, corpus.Positive, p.Label)
	assert.InDelta(t, 0.540076, p.Probability, 1e-6)
	assert.True(t, p.NoFeatures)

	// With evidence: log-odds = margin/T + w·v + b, whatever the label.
	for _, text := range []string{"apple", "pear", "good pear", "bad apple"} {
		e := m.Explain(text)
		raw := twoPolarity(t).Explain(text)
		d := raw.Margin
		if raw.Label == corpus.Negative {
			d = -d
		}
		z := d/2 + 1.5*VADERCompound(text) - 0.5
		assert.InDelta(t, 1/(1+math.Exp(-z)), e.Prediction.ProbabilityOf(corpus.Positive), 1e-12, text)
		assert.InDelta(t, math.Log(e.Prediction.Probability/(1-e.Prediction.Probability)), e.Margin/e.Temperature+e.VADER, 1e-9, text)
	}
	// The term can overturn the naive Bayes label: "apple" is positive
	// evidence, a large negative bias outweighs it.
	neg, err := twoPolarity(t).WithCalibration(Calibration{Temperature: 1, Bias: -20})
	require.NoError(t, err)
	assert.Equal(t, corpus.Negative, neg.Predict("apple").Label)
	assert.Equal(t, corpus.Positive, twoPolarity(t).Predict("apple").Label)
}

func TestVADERTermNeedsPolarityLabels(t *testing.T) {
	m := train(t, tiny(Complement), "A", "a a b", "B", "b c")
	_, err := m.WithCalibration(Calibration{Temperature: 1, VADER: 1})
	require.ErrorIs(t, err, ErrCalibration)
	assert.ErrorContains(t, err, "positive")
	for _, c := range []Calibration{{Temperature: 1, VADER: math.NaN()}, {Temperature: 1, Bias: math.Inf(1)}, {VADER: 1}} {
		_, err := twoPolarity(t).WithCalibration(c)
		assert.ErrorIs(t, err, ErrCalibration, "%+v", c)
	}
}

// fitVADER recovers the coefficients of data whose positive share at
// every point is σ(z) with z = 0.5·d + 2·v − 0.3 (1,000 items a point).
func TestFitVADERRecovers(t *testing.T) {
	var d, v []float64
	var pos []bool
	for i := -4; i <= 4; i++ {
		for j := -2; j <= 2; j++ {
			di, vj := float64(i), float64(j)/2
			k := int(math.Round(1000 / (1 + math.Exp(-(0.5*di + 2*vj - 0.3)))))
			for n := range 1000 {
				d, v, pos = append(d, di), append(v, vj), append(pos, n < k)
			}
		}
	}
	h := newHeldOut([]corpus.Label{corpus.Negative, corpus.Positive}, len(d))
	for i := range d {
		h.scores[2*i+1] = d[i] // positive's score; negative's is 0
		if pos[i] {
			h.truth[i] = 1
		}
	}
	c, err := fitVADER(h, v)
	require.NoError(t, err)
	assert.InDelta(t, 2.0, c.Temperature, 0.01)
	assert.InDelta(t, 2.0, c.VADER, 0.01)
	assert.InDelta(t, -0.3, c.Bias, 0.01)

	// Scores that carry the opposite of evidence: no model to stack.
	for i := range h.truth {
		h.truth[i] = 1 - h.truth[i]
		v[i] = 0
	}
	_, err = fitVADER(h, v)
	assert.ErrorIs(t, err, ErrCalibration)
}

// A VADER term travels with the model: JSON version 3 and compact
// version 2; files without one are unchanged (version 2 and 1), and a
// term in an older version is refused.
func TestVADERTermRoundTrip(t *testing.T) {
	m, err := twoPolarity(t).WithCalibration(Calibration{Temperature: 2, VADER: 1.5, Bias: -0.5})
	require.NoError(t, err)
	b := saved(t, m)
	assert.Contains(t, string(b), `"version":3,`)
	assert.Contains(t, string(b), `"calibration":{"temperature":2,"vader":1.5,"bias":-0.5},`)
	back, err := Load(bytes.NewReader(b))
	require.NoError(t, err)
	for _, text := range []string{"good", "apple", "not bad pear"} {
		assert.Equal(t, m.Predict(text), back.Predict(text), text)
	}
	compact, err := m.encodeCompact()
	require.NoError(t, err)
	assert.Equal(t, byte(2), compact[4])
	fromCompact, err := decodeCompact(compact)
	require.NoError(t, err)
	assert.Equal(t, b, saved(t, fromCompact))

	plain, err := twoPolarity(t).WithCalibration(Calibration{Temperature: 2})
	require.NoError(t, err)
	assert.Contains(t, string(saved(t, plain)), `"version":2,`)
	pc, err := plain.encodeCompact()
	require.NoError(t, err)
	assert.Equal(t, byte(1), pc[4])

	v2 := strings.Replace(string(b), `"version":3,`, `"version":2,`, 1)
	_, err = Load(strings.NewReader(v2))
	require.ErrorIs(t, err, ErrCorrupt)
	assert.ErrorContains(t, err, "version-2")
	bad := strings.Replace(string(b), `"vader":1.5`, `"vader":"x"`, 1)
	_, err = Load(strings.NewReader(bad))
	assert.ErrorIs(t, err, ErrCorrupt)
	stance3 := strings.Replace(string(b), `["positive","negative"]`, `["positive","other"]`, -1)
	_, err = Load(strings.NewReader(stance3))
	assert.Error(t, err)
	old := append([]byte(nil), compact...)
	old[4] = 1
	_, err = decodeCompact(old)
	assert.ErrorIs(t, err, ErrCorrupt)
	for cut := 5; cut < len(compact); cut += 7 {
		_, err := decodeCompact(compact[:cut])
		require.Error(t, err, "cut at %d", cut)
	}
	for cut := len(b) / 3; cut < len(b)-1; cut++ {
		_, err := Load(bytes.NewReader(b[:cut]))
		require.Error(t, err, "cut at %d", cut)
	}
}

// A model with a VADER term predicts the same from many goroutines as
// from one (VADER's analyzer is shared).
func TestVADERTermConcurrent(t *testing.T) {
	m, err := twoPolarity(t).WithCalibration(Calibration{Temperature: 2, VADER: 1.5, Bias: -0.5})
	require.NoError(t, err)
	texts := []string{"good", "not good at all", "AWFUL!!!", "apple pear 😂", "fine, but the pear was bad"}
	var want []Prediction
	for _, s := range texts {
		want = append(want, m.Predict(s))
	}
	for range 4 {
		assert.Equal(t, slices.Repeat(want, 50), m.PredictAll(slices.Repeat(texts, 50)))
	}
}
