package evaluate

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"
)

func TestMeasures(t *testing.T) {
	conf := fromConfusion(t, abc, handMatrix)
	m := Confusion(conf)
	// The F1 values are worked by hand in TestHandWorkedConfusion.
	tests := []struct {
		m    Measure
		name string
		want float64
	}{
		{AccuracyMeasure(), "accuracy", 0.7},
		{MacroF1Measure(), "macro_f1", (10.0/13 + 2.0/3 + 2.0/3) / 3},
		{MeanF1Measure("f_avg", "a", "c"), "f_avg", (10.0/13 + 2.0/3) / 2},
		{MeanF1Measure("f_c", "c", "missing"), "f_c", (2.0 / 3) / 2},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.name, tc.m.Name)
		assert.InDelta(t, tc.want, tc.m.Of(abc, m), 1e-12, tc.name)
	}
	assert.Equal(t, Compute(conf).MacroF1, MacroF1Measure().Of(abc, m), "the same macro-F1 as Compute")
	assert.Zero(t, MacroF1Measure().Of(abc, mat.NewDense(3, 3, nil)), "an empty matrix scores 0, not NaN")
}

func TestPerFold(t *testing.T) {
	// Fold 0 holds the diagonal of handMatrix (14 right), fold 1 the rest
	// (6 wrong), fold 2 one right and one wrong.
	p := fromConfusion(t, abc, handMatrix)
	p.Fold = make([]int, p.Len())
	for i := range p.Fold {
		if !p.Correct(i) {
			p.Fold[i] = 1
		}
	}
	extra := fromConfusion(t, abc, [][]int{{1, 1, 0}, {0, 0, 0}, {0, 0, 0}})
	p.True = append(p.True, extra.True...)
	p.Pred = append(p.Pred, extra.Pred...)
	p.Fold = append(p.Fold, 2, 2)

	fs, err := PerFold(p, AccuracyMeasure())
	require.NoError(t, err)
	assert.Equal(t, []float64{1, 0, 0.5}, fs.Folds)
	assert.InDelta(t, 0.5, fs.Mean, 1e-12)
	assert.InDelta(t, 0.408248290463863, fs.Std, 1e-12, "population std: √(((1/2)² + (1/2)² + 0)/3)")

	p.Fold[0] = -1
	_, err = PerFold(p, AccuracyMeasure())
	assert.ErrorContains(t, err, "item 0 is not in a fold")
	p.Fold = nil
	_, err = PerFold(p, AccuracyMeasure())
	assert.Error(t, err)

	gap := fromConfusion(t, []corpus.Label{"a", "b"}, [][]int{{1, 0}, {0, 1}})
	gap.Fold = []int{0, 2}
	_, err = PerFold(gap, AccuracyMeasure())
	assert.ErrorContains(t, err, "fold 1 has no items")
}
