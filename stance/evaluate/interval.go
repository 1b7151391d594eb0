package evaluate

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"

	"gonum.org/v1/gonum/stat"
	"gonum.org/v1/gonum/stat/distuv"
)

// Interval is a confidence interval [Lo, Hi]. It is written in JSON as a
// two-element array [lo, hi].
type Interval struct {
	Lo, Hi float64
}

// MarshalJSON writes [lo, hi].
func (iv Interval) MarshalJSON() ([]byte, error) { return json.Marshal([2]float64{iv.Lo, iv.Hi}) }

// UnmarshalJSON reads [lo, hi].
func (iv *Interval) UnmarshalJSON(b []byte) error {
	var a [2]float64
	if err := json.Unmarshal(b, &a); err != nil {
		return err
	}
	iv.Lo, iv.Hi = a[0], a[1]
	return nil
}

// Contains reports whether Lo ≤ x ≤ Hi.
func (iv Interval) Contains(x float64) bool { return iv.Lo <= x && x <= iv.Hi }

func (iv Interval) String() string { return fmt.Sprintf("[%.3f, %.3f]", iv.Lo, iv.Hi) }

// zFor returns the standard normal quantile z_{1−(1−level)/2}, 1.959964…
// for level 0.95.
func zFor(level float64) float64 {
	return distuv.UnitNormal.Quantile(1 - (1-level)/2)
}

// Wilson returns the Wilson score interval (Wilson 1927, "Probable
// inference, the law of succession, and statistical inference") for a
// proportion of k successes in n trials at the given confidence level
// (0.95 when level is not in (0, 1)):
//
//	p̂ = k/n,  z = Φ⁻¹(1 − (1−level)/2)
//	centre = (p̂ + z²/2n) / (1 + z²/n)
//	half   = z/(1 + z²/n) · √(p̂(1−p̂)/n + z²/4n²)
//	[centre − half, centre + half]
//
// Unlike the normal (Wald) interval it stays inside [0, 1] and does not
// collapse to a point at k = 0 or k = n. For n = 0 it is [0, 1].
func Wilson(k, n int, level float64) Interval {
	if n <= 0 {
		return Interval{0, 1}
	}
	if !(level > 0 && level < 1) {
		level = 0.95
	}
	z := zFor(level)
	N := float64(n)
	ph := float64(k) / N
	z2 := z * z
	den := 1 + z2/N
	centre := (ph + z2/(2*N)) / den
	half := z / den * math.Sqrt(ph*(1-ph)/N+z2/(4*N*N))
	return Interval{max(0, centre-half), min(1, centre+half)}
}

// BootstrapOptions configure the bootstrap.
type BootstrapOptions struct {
	// Resamples is the number of bootstrap resamples B; 0 means 1000.
	Resamples int
	// Seed seeds the resampling, which depends on nothing else; 0 means
	// [DefaultSeed].
	Seed uint64
	// Level is the confidence level; 0 means 0.95.
	Level float64
}

func (o BootstrapOptions) withDefaults() BootstrapOptions {
	if o.Resamples <= 0 {
		o.Resamples = 1000
	}
	if !(o.Level > 0 && o.Level < 1) {
		o.Level = 0.95
	}
	return o
}

// BootstrapCI holds bootstrap confidence intervals.
type BootstrapCI struct {
	Accuracy  Interval
	MacroF1   Interval
	Resamples int
	Level     float64
}

// resampler draws bootstrap resamples: N indices drawn uniformly with
// replacement, from a PCG generator seeded with seed alone.
type resampler struct {
	rng *rand.Rand
	idx []int
}

// DefaultSeed is the seed that a zero Seed in [BootstrapOptions] (used by
// [Bootstrap] and [Compare]) and [CVOptions] stands for, and the default of
// the example programs' -seed flag, so that the Go API and the command line draw the same
// folds and the same intervals from the same data unless told otherwise. It
// is the seed of the figures published in README.md.
const DefaultSeed uint64 = 1

// seedOr returns seed, or DefaultSeed for 0.
func seedOr(seed uint64) uint64 {
	if seed == 0 {
		return DefaultSeed
	}
	return seed
}

func newResampler(seed uint64, n int) *resampler {
	return &resampler{rng: rand.New(rand.NewPCG(seedOr(seed), 0x5eed_b007_57a9_0001)), idx: make([]int, n)}
}

func (r *resampler) next() []int {
	for i := range r.idx {
		r.idx[i] = r.rng.IntN(len(r.idx))
	}
	return r.idx
}

// percentile returns the percentile interval of the bootstrap statistics
// xs (sorted in place): the empirical (1−level)/2 and 1−(1−level)/2
// quantiles (stat.Empirical: the smallest value at or above that share).
func percentile(xs []float64, level float64) Interval {
	slices.Sort(xs)
	a := (1 - level) / 2
	return Interval{stat.Quantile(a, stat.Empirical, xs, nil), stat.Quantile(1-a, stat.Empirical, xs, nil)}
}

// counts fills a flat L×L confusion count matrix for the items idx.
func (p *Predictions) counts(dst []float64, idx []int) {
	clear(dst)
	L := len(p.Labels)
	for _, i := range idx {
		dst[p.True[i]*L+p.Pred[i]]++
	}
}

// Bootstrap returns nonparametric bootstrap percentile intervals (Efron &
// Tibshirani 1993, "An Introduction to the Bootstrap", ch. 13) for the
// accuracy and the macro-F1 of p: B resamples of N items drawn with
// replacement, each statistic recomputed on every resample, and the
// interval read off the (1−level)/2 and 1−(1−level)/2 quantiles of the B
// values. The result depends only on p and o.
func Bootstrap(p *Predictions, o BootstrapOptions) BootstrapCI {
	o = o.withDefaults()
	out := BootstrapCI{Resamples: o.Resamples, Level: o.Level}
	n, L := p.Len(), len(p.Labels)
	if n == 0 {
		return out
	}
	r := newResampler(o.Seed, n)
	accs := make([]float64, o.Resamples)
	f1s := make([]float64, o.Resamples)
	counts := make([]float64, L*L)
	for b := range o.Resamples {
		p.counts(counts, r.next())
		accs[b], f1s[b] = macroF1Counts(counts, L)
	}
	out.Accuracy = percentile(accs, o.Level)
	out.MacroF1 = percentile(f1s, o.Level)
	return out
}
