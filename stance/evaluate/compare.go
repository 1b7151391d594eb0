package evaluate

import (
	"fmt"
	"math"
	"slices"

	"gonum.org/v1/gonum/stat/distuv"
)

// McNemarExactBelow is the number of discordant pairs below which
// [McNemarTest] uses the exact binomial test instead of χ².
const McNemarExactBelow = 25

// McNemar is the result of McNemar's test.
type McNemar struct {
	// B counts the items classifier A got right and B got wrong; C the
	// items A got wrong and B got right.
	B int `json:"b"`
	C int `json:"c"`
	// Exact is set when P comes from the exact binomial test, unset when
	// it comes from the χ² approximation.
	Exact bool `json:"mcnemar_exact"`
	// Statistic is the continuity-corrected χ² statistic (also computed
	// when Exact is set, for reference).
	Statistic float64 `json:"mcnemar_chi2"`
	// P is the two-sided p-value of the hypothesis that both classifiers
	// have the same error rate.
	P float64 `json:"mcnemar_p"`
}

// McNemarTest runs McNemar's test (McNemar 1947, "Note on the sampling
// error of the difference between correlated proportions or percentages";
// Dietterich 1998 for its use on classifiers) on two classifiers' answers
// for the same items. Only the discordant items count: b, where only A is
// right, and c, where only B is right. Under the null hypothesis each
// discordant item is equally likely to be of either kind, so
//
//	b + c < 25:  exact test, p = min(1, 2·P(X ≤ min(b, c))), X ~ Binomial(b+c, ½)
//	otherwise:   χ² = (|b − c| − 1)² / (b + c), p = P(χ²₁ ≥ χ²)
//
// with Edwards' continuity correction; |b − c| − 1 is taken as 0 when
// b = c, so that equal counts give χ² = 0 and p = 1. No discordant item at
// all gives p = 1.
func McNemarTest(correctA, correctB []bool) (McNemar, error) {
	if len(correctA) != len(correctB) {
		return McNemar{}, fmt.Errorf("%w: %d and %d items", ErrMismatch, len(correctA), len(correctB))
	}
	var r McNemar
	for i := range correctA {
		switch {
		case correctA[i] && !correctB[i]:
			r.B++
		case !correctA[i] && correctB[i]:
			r.C++
		}
	}
	return mcnemar(r.B, r.C), nil
}

func mcnemar(b, c int) McNemar {
	r := McNemar{B: b, C: c, P: 1}
	n := b + c
	if n == 0 {
		r.Exact = true
		return r
	}
	d := max(math.Abs(float64(b-c))-1, 0)
	r.Statistic = d * d / float64(n)
	if n < McNemarExactBelow {
		r.Exact = true
		r.P = min(1, 2*distuv.Binomial{N: float64(n), P: 0.5}.CDF(float64(min(b, c))))
		return r
	}
	r.P = distuv.ChiSquared{K: 1}.Survival(r.Statistic)
	return r
}

// Comparison compares classifier A (the one evaluated) with classifier B on
// the same items.
type Comparison struct {
	// Model names classifier B.
	Model string `json:"model"`
	// Accuracy and MacroF1 are B's.
	Accuracy float64 `json:"accuracy"`
	MacroF1  float64 `json:"macro_f1"`
	// McNemar is the test of A against B; its fields are written inline
	// in JSON (b, c, mcnemar_p, …).
	McNemar
	// MacroF1Diff is macro-F1(A) − macro-F1(B), and MacroF1DiffCI its
	// paired bootstrap percentile interval.
	MacroF1Diff   float64  `json:"macro_f1_diff"`
	MacroF1DiffCI Interval `json:"macro_f1_diff_ci95"`
	Resamples     int      `json:"bootstrap_resamples"`
}

// Compare compares the predictions a and b of two classifiers for the same
// items (same length, labels and true labels): McNemar's test on their
// discordant items, and a paired bootstrap (Efron & Tibshirani 1993, ch.
// 16; Koehn 2004 for paired resampling of test items) of the difference of
// their macro-F1: each of the B resamples draws one set of items and scores
// both classifiers on it, so that the interval reflects how the difference,
// not each score, varies. A difference whose interval excludes 0 is
// significant at 1 − level.
func Compare(a, b *Predictions, o BootstrapOptions) (Comparison, error) {
	o = o.withDefaults()
	if a.Len() != b.Len() {
		return Comparison{}, fmt.Errorf("%w: %d and %d items", ErrMismatch, a.Len(), b.Len())
	}
	if !slices.Equal(a.Labels, b.Labels) {
		return Comparison{}, fmt.Errorf("%w: labels %v and %v", ErrMismatch, a.Labels, b.Labels)
	}
	if !slices.Equal(a.True, b.True) {
		return Comparison{}, fmt.Errorf("%w: the true labels differ; compare predictions for the same items", ErrMismatch)
	}
	if a.IDs != nil && b.IDs != nil && !slices.Equal(a.IDs, b.IDs) {
		return Comparison{}, fmt.Errorf("%w: the item IDs differ; compare predictions for the same items", ErrMismatch)
	}
	n, L := a.Len(), len(a.Labels)
	ca, cb := make([]bool, n), make([]bool, n)
	for i := range n {
		ca[i], cb[i] = a.Correct(i), b.Correct(i)
	}
	mc, _ := McNemarTest(ca, cb)
	ma, mb := Compute(a), Compute(b)
	cmp := Comparison{
		Accuracy:    mb.Accuracy,
		MacroF1:     mb.MacroF1,
		McNemar:     mc,
		MacroF1Diff: ma.MacroF1 - mb.MacroF1,
		Resamples:   o.Resamples,
	}
	if n == 0 {
		return cmp, nil
	}
	r := newResampler(o.Seed, n)
	diffs := make([]float64, o.Resamples)
	countsA, countsB := make([]float64, L*L), make([]float64, L*L)
	for k := range o.Resamples {
		idx := r.next()
		a.counts(countsA, idx)
		b.counts(countsB, idx)
		_, fa := macroF1Counts(countsA, L)
		_, fb := macroF1Counts(countsB, L)
		diffs[k] = fa - fb
	}
	cmp.MacroF1DiffCI = percentile(diffs, o.Level)
	return cmp, nil
}
