package evaluate

import (
	"encoding/json"
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestWilson checks the Wilson interval against hand-computed values.
// For k = 8, n = 10 at 95%: z = 1.959964, z² = 3.841459, p̂ = 0.8,
//
//	denominator 1 + z²/n = 1.3841459
//	centre = (0.8 + 3.841459/20)/1.3841459 = 0.992073/1.3841459 = 0.716740
//	half   = 1.959964/1.3841459 · √(0.8·0.2/10 + 3.841459/400)
//	       = 1.416010 · √0.0256036 = 1.416010 · 0.160011 = 0.226578
//	[0.490162, 0.943318]
//
// For k = 0, n = 10: centre = 0.192073/1.3841459 = 0.138766 and half =
// 1.416010 · √0.0096036 = 0.138766, so [0, 0.277533]; k = 10 mirrors it.
func TestWilson(t *testing.T) {
	tests := []struct {
		k, n   int
		level  float64
		lo, hi float64
	}{
		{8, 10, 0.95, 0.490162, 0.943318},
		{0, 10, 0.95, 0, 0.277533},
		{10, 10, 0.95, 0.722467, 1},
		{8, 10, 0, 0.490162, 0.943318}, // level defaults to 0.95
		{0, 0, 0.95, 0, 1},
		// 50 of 100 at 95%: centre 0.5, half = 1.959964/1.0384146·√(0.0025 + 0.0000960) = 0.096168.
		{50, 100, 0.95, 0.403832, 0.596168},
	}
	for _, tt := range tests {
		iv := Wilson(tt.k, tt.n, tt.level)
		assert.InDelta(t, tt.lo, iv.Lo, 2e-6, "%d/%d lo", tt.k, tt.n)
		assert.InDelta(t, tt.hi, iv.Hi, 2e-6, "%d/%d hi", tt.k, tt.n)
	}
	// A higher level gives a wider interval.
	a, b := Wilson(8, 10, 0.9), Wilson(8, 10, 0.99)
	assert.Greater(t, b.Hi-b.Lo, a.Hi-a.Lo)
}

func TestIntervalJSON(t *testing.T) {
	b, err := json.Marshal(Interval{0.25, 0.75})
	require.NoError(t, err)
	assert.JSONEq(t, `[0.25, 0.75]`, string(b))
	var iv Interval
	require.NoError(t, json.Unmarshal(b, &iv))
	assert.Equal(t, Interval{0.25, 0.75}, iv)
	assert.Error(t, json.Unmarshal([]byte(`{"lo":1}`), &iv))
	assert.True(t, iv.Contains(0.5))
	assert.False(t, iv.Contains(0.8))
	assert.Equal(t, "[0.250, 0.750]", iv.String())
}

func TestBootstrap(t *testing.T) {
	p := fromConfusion(t, abc, handMatrix)
	m := Compute(p)
	ci := Bootstrap(p, BootstrapOptions{Seed: 1})
	assert.Equal(t, 1000, ci.Resamples)
	assert.InDelta(t, 0.95, ci.Level, 0)
	assert.True(t, ci.Accuracy.Contains(m.Accuracy), "%v ∌ %v", ci.Accuracy, m.Accuracy)
	assert.True(t, ci.MacroF1.Contains(m.MacroF1), "%v ∌ %v", ci.MacroF1, m.MacroF1)
	// With 20 items the accuracy interval is wide: about ±0.2.
	assert.InDelta(t, 0.4, ci.Accuracy.Hi-ci.Accuracy.Lo, 0.15)
	// Accuracy of a resample is a multiple of 1/20.
	assert.InDelta(t, 0, math.Remainder(ci.Accuracy.Lo*20, 1), 1e-9)

	again := Bootstrap(p, BootstrapOptions{Seed: 1})
	assert.Equal(t, ci, again, "same seed, same intervals")
	other := Bootstrap(p, BootstrapOptions{Seed: 2, Resamples: 200, Level: 0.8})
	assert.Equal(t, 200, other.Resamples)
	assert.NotEqual(t, ci, other)
	assert.LessOrEqual(t, other.Accuracy.Hi-other.Accuracy.Lo, ci.Accuracy.Hi-ci.Accuracy.Lo)
}

func TestBootstrapDegenerate(t *testing.T) {
	perfect := fromConfusion(t, abc, [][]int{{3, 0, 0}, {0, 4, 0}, {0, 0, 2}})
	ci := Bootstrap(perfect, BootstrapOptions{Seed: 7, Resamples: 100})
	assert.Equal(t, Interval{1, 1}, ci.Accuracy)
	p, err := NewPredictions(abc, nil, nil)
	require.NoError(t, err)
	assert.Equal(t, Interval{}, Bootstrap(p, BootstrapOptions{}).Accuracy)
}

// TestPercentile checks the percentile method on 0.01, 0.02, …, 1.00: the
// 2.5% quantile is the smallest value with at least 2.5% of the values at
// or below it, 0.03, and the 97.5% quantile is 0.98.
func TestPercentile(t *testing.T) {
	xs := make([]float64, 100)
	for i := range xs {
		xs[len(xs)-1-i] = float64(i+1) / 100
	}
	iv := percentile(xs, 0.95)
	assert.InDelta(t, 0.03, iv.Lo, 1e-12)
	assert.InDelta(t, 0.98, iv.Hi, 1e-12)
}

func correctness(p *Predictions) []bool {
	out := make([]bool, p.Len())
	for i := range out {
		out[i] = p.Correct(i)
	}
	return out
}

func discordant(b, c int) (a, bb []bool) {
	for range b {
		a, bb = append(a, true), append(bb, false)
	}
	for range c {
		a, bb = append(a, false), append(bb, true)
	}
	// Concordant items do not count.
	a, bb = append(a, true, false), append(bb, true, false)
	return a, bb
}

// TestMcNemar checks McNemar's test against hand-computed values.
//
// Exact (b + c < 25), X ~ Binomial(b+c, ½):
//
//	b=1, c=6:  p = 2·P(X ≤ 1) = 2·(1 + 7)/2⁷ = 16/128 = 0.125
//	b=4, c=20: p = 2·(1 + 24 + 276 + 2024 + 10626)/2²⁴ = 25902/16777216 = 0.00154388
//	b=3, c=3:  p = min(1, 2·(1 + 6 + 15 + 20)/2⁶) = min(1, 1.3125) = 1
//
// χ² (b + c ≥ 25), p = P(χ²₁ ≥ x) = erfc(√(x/2)):
//
//	b=10, c=25: x = (15 − 1)²/35 = 196/35 = 5.6, p = erfc(√2.8) = 0.0179605
//	b=5,  c=20: x = (15 − 1)²/25 = 7.84, p = erfc(√3.92) = 0.00511026
//	b=20, c=20: x = 0 (|b − c| − 1 clamped at 0), p = 1
func TestMcNemar(t *testing.T) {
	tests := []struct {
		b, c  int
		exact bool
		stat  float64
		p     float64
	}{
		{1, 6, true, 16.0 / 7, 0.125},
		{6, 1, true, 16.0 / 7, 0.125},
		{4, 20, true, 225.0 / 24, 0.00154388},
		{3, 3, true, 0, 1},
		{0, 0, true, 0, 1},
		{0, 1, true, 0, 1},
		{10, 25, false, 5.6, 0.0179605},
		{25, 10, false, 5.6, 0.0179605},
		{5, 20, false, 7.84, 0.00511026},
		{20, 20, false, 0, 1},
	}
	for _, tt := range tests {
		a, b := discordant(tt.b, tt.c)
		r, err := McNemarTest(a, b)
		require.NoError(t, err)
		assert.Equal(t, tt.b, r.B)
		assert.Equal(t, tt.c, r.C)
		assert.Equal(t, tt.exact, r.Exact, "b=%d c=%d", tt.b, tt.c)
		assert.InDelta(t, tt.stat, r.Statistic, 1e-9, "b=%d c=%d statistic", tt.b, tt.c)
		assert.InDelta(t, tt.p, r.P, 5e-8, "b=%d c=%d p", tt.b, tt.c)
		if !tt.exact {
			assert.InDelta(t, math.Erfc(math.Sqrt(r.Statistic/2)), r.P, 1e-12)
		}
	}
	_, err := McNemarTest([]bool{true}, nil)
	assert.ErrorIs(t, err, ErrMismatch)
}

func TestCompare(t *testing.T) {
	a := fromConfusion(t, abc, handMatrix)
	same, err := Compare(a, a, BootstrapOptions{Seed: 1})
	require.NoError(t, err)
	assert.Zero(t, same.MacroF1Diff)
	assert.Equal(t, Interval{0, 0}, same.MacroF1DiffCI)
	assert.Equal(t, 0, same.B+same.C)
	assert.InDelta(t, 1, same.P, 0)

	// b: a perfect classifier on the same items.
	perfectPreds := make([]stance.Prediction, a.Len())
	truth := make([]corpus.Label, a.Len())
	for i, tr := range a.True {
		probs := make([]float64, 3)
		probs[tr] = 1
		perfectPreds[i] = stance.NewPrediction(abc, probs)
		truth[i] = abc[tr]
	}
	perfect, err := NewPredictions(abc, truth, perfectPreds)
	require.NoError(t, err)
	cmp, err := Compare(a, perfect, BootstrapOptions{Seed: 1})
	require.NoError(t, err)
	// a is wrong on 6 items the perfect classifier gets right: b = 0,
	// c = 6, exact p = 2·(1/2⁶) = 0.03125.
	assert.Equal(t, 0, cmp.B)
	assert.Equal(t, 6, cmp.C)
	assert.True(t, cmp.Exact)
	assert.InDelta(t, 0.03125, cmp.P, 1e-12)
	assert.InDelta(t, 0.700855-1, cmp.MacroF1Diff, 5e-7)
	assert.InDelta(t, 1, cmp.MacroF1, 0)
	assert.InDelta(t, 1, cmp.Accuracy, 0)
	assert.True(t, cmp.MacroF1DiffCI.Contains(cmp.MacroF1Diff))
	assert.Less(t, cmp.MacroF1DiffCI.Hi, 0.0, "a is significantly worse")

	b, err := json.Marshal(cmp)
	require.NoError(t, err)
	for _, k := range []string{"model", "macro_f1", "mcnemar_p", "b", "c", "macro_f1_diff", "macro_f1_diff_ci95"} {
		assert.Contains(t, string(b), `"`+k+`":`)
	}
}

func TestCompareMismatch(t *testing.T) {
	a := fromConfusion(t, abc, handMatrix)
	short := fromConfusion(t, abc, [][]int{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}})
	other := fromConfusion(t, []corpus.Label{"a", "b", "d"}, handMatrix)
	shifted := fromConfusion(t, abc, [][]int{{5, 0, 0}, {0, 11, 0}, {0, 0, 4}})
	for name, b := range map[string]*Predictions{"length": short, "labels": other, "truth": shifted} {
		_, err := Compare(a, b, BootstrapOptions{})
		assert.ErrorIs(t, err, ErrMismatch, name)
	}
	ids := fromConfusion(t, abc, handMatrix)
	a.IDs, ids.IDs = make([]string, a.Len()), make([]string, a.Len())
	ids.IDs[0] = "x"
	_, err := Compare(a, ids, BootstrapOptions{})
	assert.ErrorIs(t, err, ErrMismatch)
}
