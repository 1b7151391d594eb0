package article

import (
	"math"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stretchr/testify/assert"
)

// TestGeometricMean: the speaker's probabilities are softmax(sum / n).
// One remark under the prior is Bayes' posterior; n remarks that agree
// give one remark's confidence, not the product's; the argmax is the
// sum's; the probabilities add up to one; sums far below zero (a clamped
// probability) do not underflow to a division by zero.
func TestGeometricMean(t *testing.T) {
	labels := []corpus.Label{corpus.Recognising, corpus.Withholding, corpus.Hostile}
	prior := map[corpus.Label]float64{corpus.Recognising: 0.6, corpus.Withholding: 0.2, corpus.Hostile: 0.2}
	p := map[corpus.Label]float64{corpus.Recognising: 0.3, corpus.Withholding: 0.3, corpus.Hostile: 0.4}
	logsum := func(n int, withPrior bool) map[corpus.Label]float64 {
		s := map[corpus.Label]float64{}
		for _, l := range labels {
			if withPrior {
				s[l] = math.Log(prior[l] * 3)
			}
			s[l] += float64(n) * math.Log(p[l])
		}
		return s
	}
	// One remark under the prior: prior·p normalised.
	got := geometricMean(logsum(1, true), 1, labels)
	z := 0.6*0.3 + 0.2*0.3 + 0.2*0.4
	assert.InDelta(t, 0.6*0.3/z, got[corpus.Recognising], 1e-9)
	assert.InDelta(t, 0.2*0.4/z, got[corpus.Hostile], 1e-9)
	// Agreeing remarks without the prior: one remark's probabilities.
	for _, n := range []int{1, 2, 5} {
		got := geometricMean(logsum(n, false), n, labels)
		for _, l := range labels {
			assert.InDelta(t, p[l], got[l], 1e-9, "n=%d %s", n, l)
		}
	}
	// The argmax is the sum's, and the probabilities add up to one.
	s := logsum(3, true)
	got = geometricMean(s, 3, labels)
	assert.Equal(t, argmax(s, labels), argmax(got, labels))
	total := 0.0
	for _, v := range got {
		total += v
	}
	assert.InDelta(t, 1, total, 1e-12)
	// Clamped sums far below zero stay finite.
	low := map[corpus.Label]float64{corpus.Recognising: -2000, corpus.Withholding: -2100, corpus.Hostile: -2100}
	got = geometricMean(low, 1, labels)
	assert.InDelta(t, 1, got[corpus.Recognising], 1e-9)
	assert.False(t, math.IsNaN(got[corpus.Hostile]))
}
