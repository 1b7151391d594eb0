package benchmark

import (
	"cmp"
	"math"
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// logScores holds log P(label | item) for n items and L labels, row by
// row: the out-of-fold evidence a search decides from.
type logScores struct {
	labels int
	v      []float64
}

func newLogScores(n, labels int) logScores {
	return logScores{labels: labels, v: make([]float64, n*labels)}
}

// row returns item i's log-probabilities, in label order.
func (s logScores) row(i int) []float64 { return s.v[i*s.labels : (i+1)*s.labels] }

// decide returns the index of the label with the largest log-probability
// plus offset, ties to the first label. offsets may be nil (all 0).
func decide(logp, offsets []float64) int {
	best := 0
	for i := 1; i < len(logp); i++ {
		if logp[i]+offsetOf(offsets, i) > logp[best]+offsetOf(offsets, best) {
			best = i
		}
	}
	return best
}

func offsetOf(offsets []float64, i int) float64 {
	if offsets == nil {
		return 0
	}
	return offsets[i]
}

// tally counts gold labels (rows) against decisions (columns) for a
// measure, reusing its storage.
type tally struct {
	labels []corpus.Label
	counts []float64
	n      int
}

func newTally(labels []corpus.Label) *tally {
	return &tally{labels: labels, counts: make([]float64, len(labels)*len(labels))}
}

func (t *tally) reset() {
	clear(t.counts)
	t.n = 0
}

func (t *tally) add(gold, pred int) {
	t.counts[gold*len(t.labels)+pred]++
	t.n++
}

// score returns the measure of the counts so far.
func (t *tally) score(m evaluate.Measure) float64 {
	L := len(t.labels)
	return m.Of(t.labels, mat.NewDense(L, L, t.counts))
}

// OffsetGrid lists the decision offsets a search may add to the labels'
// log-probabilities before taking the largest: for each label named in
// Steps, the multiples lo·Step, …, hi·Step of Step; every other label
// keeps offset 0 and anchors the scale. With offsets a search can trade
// one label's recall for another's precision when the measure rewards it.
type OffsetGrid struct {
	Step  float64
	Steps map[corpus.Label][2]int
}

// offsets lists every combination of the grid in label order (the first
// label named varying slowest), nearest to no offset first (by the sum of
// absolute offsets, a stable order), so that ties between combinations go
// to the smaller change. A nil grid has the single combination nil.
func (g *OffsetGrid) offsets(labels []corpus.Label) [][]float64 {
	if g == nil {
		return [][]float64{nil}
	}
	out := [][]float64{make([]float64, len(labels))}
	for i, l := range labels {
		r, ok := g.Steps[l]
		if !ok {
			continue
		}
		var next [][]float64
		for _, o := range out {
			for k := r[0]; k <= r[1]; k++ {
				c := slices.Clone(o)
				c[i] = float64(k) * g.Step
				next = append(next, c)
			}
		}
		out = next
	}
	slices.SortStableFunc(out, func(a, b []float64) int { return cmp.Compare(dist(a), dist(b)) })
	return out
}

func dist(o []float64) float64 {
	var d float64
	for _, v := range o {
		d += math.Abs(v)
	}
	return d
}

// offsetMap returns offsets by label for reports, nil for no offsets.
func offsetMap(labels []corpus.Label, offsets []float64) map[corpus.Label]float64 {
	if offsets == nil {
		return nil
	}
	m := make(map[corpus.Label]float64, len(labels))
	for i, l := range labels {
		m[l] = offsets[i]
	}
	return m
}
