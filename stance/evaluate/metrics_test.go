package evaluate

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

var abc = []corpus.Label{"a", "b", "c"}

// fromConfusion builds predictions whose confusion matrix is conf (rows
// true, columns predicted), each prediction certain of its label.
func fromConfusion(t testing.TB, labels []corpus.Label, conf [][]int) *Predictions {
	t.Helper()
	var truth []corpus.Label
	var preds []stance.Prediction
	for r, row := range conf {
		for c, n := range row {
			for range n {
				probs := make([]float64, len(labels))
				probs[c] = 1
				truth = append(truth, labels[r])
				preds = append(preds, stance.NewPrediction(labels, probs))
			}
		}
	}
	p, err := NewPredictions(labels, truth, preds)
	require.NoError(t, err)
	return p
}

// handMatrix is worked by hand in TestHandWorkedConfusion.
var handMatrix = [][]int{
	{5, 1, 0},
	{2, 6, 2},
	{0, 1, 3},
}

// TestHandWorkedConfusion checks every confusion-matrix metric against a
// 3×3 matrix worked by hand. Rows are true labels, columns predicted:
//
//	      a   b   c  | row (support)
//	 a    5   1   0  |  6
//	 b    2   6   2  | 10
//	 c    0   1   3  |  4
//	col   7   8   5  | N = 20
//
// accuracy  = (5 + 6 + 3)/20 = 14/20 = 0.7
// precision = TP/col:  a 5/7 = 0.714286, b 6/8 = 0.75,  c 3/5 = 0.6
// recall    = TP/row:  a 5/6 = 0.833333, b 6/10 = 0.6,  c 3/4 = 0.75
// F1 = 2TP/(row+col):  a 10/13 = 0.769231, b 12/18 = 0.666667, c 6/9 = 0.666667
// macro F1    = (10/13 + 2/3 + 2/3)/3 = 2.102564/3 = 0.700855
// weighted F1 = (6·10/13 + 10·2/3 + 4·2/3)/20 = 13.948718/20 = 0.697436
// macro precision = (5/7 + 3/4 + 3/5)/3 = 0.688095
// macro recall    = (5/6 + 3/5 + 3/4)/3 = 0.727778
// weighted precision = (6·5/7 + 10·3/4 + 4·3/5)/20 = 14.185714/20 = 0.709286
// weighted recall    = (5 + 6 + 3)/20 = accuracy = 0.7
// micro F1 = accuracy = 0.7
// kappa: p_o = 0.7, p_e = (6·7 + 10·8 + 4·5)/20² = 142/400 = 0.355,
//
//	κ = (0.7 − 0.355)/(1 − 0.355) = 0.345/0.645 = 0.534884
func TestHandWorkedConfusion(t *testing.T) {
	p := fromConfusion(t, abc, handMatrix)
	m := Compute(p)
	want := mat.NewDense(3, 3, []float64{5, 1, 0, 2, 6, 2, 0, 1, 3})
	assert.True(t, mat.Equal(want, m.Confusion), "confusion\n%v", mat.Formatted(m.Confusion))

	tests := []struct {
		name      string
		got, want float64
	}{
		{"accuracy", m.Accuracy, 0.7},
		{"precision a", m.PerClass[0].Precision, 5.0 / 7},
		{"precision b", m.PerClass[1].Precision, 0.75},
		{"precision c", m.PerClass[2].Precision, 0.6},
		{"recall a", m.PerClass[0].Recall, 5.0 / 6},
		{"recall b", m.PerClass[1].Recall, 0.6},
		{"recall c", m.PerClass[2].Recall, 0.75},
		{"f1 a", m.PerClass[0].F1, 0.769231},
		{"f1 b", m.PerClass[1].F1, 0.666667},
		{"f1 c", m.PerClass[2].F1, 0.666667},
		{"macro f1", m.MacroF1, 0.700855},
		{"weighted f1", m.WeightedF1, 0.697436},
		{"micro f1", m.MicroF1, 0.7},
		{"macro precision", m.MacroPrecision, 0.688095},
		{"macro recall", m.MacroRecall, 0.727778},
		{"weighted precision", m.WeightedPrecision, 0.709286},
		{"weighted recall", m.WeightedRecall, 0.7},
		{"kappa", m.Kappa, 0.534884},
	}
	for _, tt := range tests {
		assert.InDelta(t, tt.want, tt.got, 5e-7, tt.name)
	}
	for c, n := range []int{6, 10, 4} {
		assert.Equal(t, n, m.PerClass[c].Support)
		assert.Equal(t, abc[c], m.PerClass[c].Label)
	}
}

func TestKappa(t *testing.T) {
	tests := []struct {
		name string
		conf [][]int
		want float64
	}{
		{"hand-worked 3×3", handMatrix, 0.534884},
		// p_o = 35/50 = 0.7, p_e = (25·30 + 25·20)/50² = 0.5, κ = 0.2/0.5.
		{"2×2", [][]int{{20, 5}, {10, 15}}, 0.4},
		{"perfect", [][]int{{3, 0}, {0, 7}}, 1},
		// p_o = 0.5 = p_e: agreement at chance level.
		{"chance", [][]int{{1, 1}, {1, 1}}, 0},
		// p_o = 0, p_e = 0.5: κ = −0.5/0.5.
		{"always wrong", [][]int{{0, 2}, {2, 0}}, -1},
		// p_e = 1: undefined, reported as 0.
		{"one class", [][]int{{4, 0}, {0, 0}}, 0},
		{"empty", [][]int{{0, 0}, {0, 0}}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			L := len(tt.conf)
			m := mat.NewDense(L, L, nil)
			for r, row := range tt.conf {
				for c, v := range row {
					m.Set(r, c, float64(v))
				}
			}
			assert.InDelta(t, tt.want, Kappa(m), 5e-7)
		})
	}
}

func TestPerClassZeroDivision(t *testing.T) {
	// Label c never occurs and is never predicted; b is never predicted.
	p := fromConfusion(t, abc, [][]int{{2, 0, 0}, {1, 0, 0}, {0, 0, 0}})
	m := Compute(p)
	for _, s := range m.PerClass[1:] {
		assert.Zero(t, s.Precision, "%s", s.Label)
		assert.Zero(t, s.Recall, "%s", s.Label)
		assert.Zero(t, s.F1, "%s", s.Label)
	}
	// a: precision 2/3, recall 1, F1 = 4/5.
	assert.InDelta(t, 0.8, m.PerClass[0].F1, 1e-12)
	assert.InDelta(t, 0.8/3, m.MacroF1, 1e-12)
}

// probItems are four items with probabilities over a, b, c, worked by hand
// in TestProbabilityMetrics.
func probItems(t testing.TB) *Predictions {
	truth := []corpus.Label{"a", "b", "c", "a"}
	probs := [][]float64{
		{0.7, 0.2, 0.1},   // predicts a, right, confidence 0.7
		{0.6, 0.3, 0.1},   // predicts a, wrong, confidence 0.6
		{0.1, 0.15, 0.75}, // predicts c, right, confidence 0.75
		{0.25, 0.5, 0.25}, // predicts b, wrong, confidence 0.5
	}
	preds := make([]stance.Prediction, len(probs))
	for i, pr := range probs {
		preds[i] = stance.NewPrediction(abc, pr)
	}
	p, err := NewPredictions(abc, truth, preds)
	require.NoError(t, err)
	return p
}

// TestProbabilityMetrics checks log loss, Brier score and ECE on
// probItems, worked by hand:
//
// log loss = −(ln 0.7 + ln 0.3 + ln 0.75 + ln 0.25)/4
//
//	= (0.356675 + 1.203973 + 0.287682 + 1.386294)/4 = 3.234624/4 = 0.808656
//
// Brier: item 1 (0.7−1)² + 0.2² + 0.1² = 0.09 + 0.04 + 0.01 = 0.14
//
//	item 2 0.6² + (0.3−1)² + 0.1² = 0.36 + 0.49 + 0.01 = 0.86
//	item 3 0.1² + 0.15² + (0.75−1)² = 0.01 + 0.0225 + 0.0625 = 0.095
//	item 4 (0.25−1)² + 0.5² + 0.25² = 0.5625 + 0.25 + 0.0625 = 0.875
//	mean = 1.97/4 = 0.4925
//
// ECE, 10 bins of the top-label confidence:
//
//	bin [0.5,0.6): item 4, acc 0, conf 0.5  → |0 − 0.5| = 0.5, weight 1/4
//	bin [0.6,0.7): item 2, acc 0, conf 0.6  → 0.6, weight 1/4
//	bin [0.7,0.8): items 1 and 3, acc 1, conf (0.7 + 0.75)/2 = 0.725
//	               → |1 − 0.725| = 0.275, weight 2/4
//	ECE = 0.125 + 0.15 + 0.1375 = 0.4125
func TestProbabilityMetrics(t *testing.T) {
	p := probItems(t)
	assert.InDelta(t, 0.808656, LogLoss(p), 5e-7)
	assert.InDelta(t, 0.4925, Brier(p), 1e-12)
	ece, bins := Calibration(p, 10)
	assert.InDelta(t, 0.4125, ece, 1e-12)
	require.Len(t, bins, 10)
	want := map[int]Bin{
		5: {Lo: 0.5, Hi: 0.6, Count: 1, Accuracy: 0, Confidence: 0.5},
		6: {Lo: 0.6, Hi: 0.7, Count: 1, Accuracy: 0, Confidence: 0.6},
		7: {Lo: 0.7, Hi: 0.8, Count: 2, Accuracy: 1, Confidence: 0.725},
	}
	for b, bin := range bins {
		w, ok := want[b]
		if !ok {
			assert.Zero(t, bin.Count, "bin %d", b)
			continue
		}
		assert.Equal(t, w.Count, bin.Count, "bin %d", b)
		assert.InDelta(t, w.Lo, bin.Lo, 1e-12)
		assert.InDelta(t, w.Hi, bin.Hi, 1e-12)
		assert.InDelta(t, w.Accuracy, bin.Accuracy, 1e-12)
		assert.InDelta(t, w.Confidence, bin.Confidence, 1e-12)
	}
}

func TestLogLossClip(t *testing.T) {
	preds := []stance.Prediction{
		stance.NewPrediction(abc, []float64{1, 0, 0}),
		stance.NewPrediction(abc, []float64{0, 1, 0}),
	}
	p, err := NewPredictions(abc, []corpus.Label{"a", "c"}, preds)
	require.NoError(t, err)
	// −(ln 1 + ln 1e-15)/2 = 34.538776/2.
	assert.InDelta(t, -math.Log(1e-15)/2, LogLoss(p), 1e-9)
	assert.InDelta(t, 17.269388, LogLoss(p), 1e-6)
	// Brier: 0 for the first, 1 + 1 for the second.
	assert.InDelta(t, 1, Brier(p), 1e-12)
}

func TestCalibrationEdges(t *testing.T) {
	preds := []stance.Prediction{
		stance.NewPrediction([]corpus.Label{"a", "b"}, []float64{1, 0}),     // confidence 1: last bin
		stance.NewPrediction([]corpus.Label{"a", "b"}, []float64{0.5, 0.5}), // tie → a, bin [0.5, 0.6)
	}
	p, err := NewPredictions([]corpus.Label{"a", "b"}, []corpus.Label{"a", "b"}, preds)
	require.NoError(t, err)
	ece, bins := Calibration(p, 0)
	require.Len(t, bins, CalibrationBins)
	assert.Equal(t, 1, bins[9].Count)
	assert.Equal(t, 1, bins[5].Count)
	// |1 − 1|·½ + |0 − 0.5|·½
	assert.InDelta(t, 0.25, ece, 1e-12)
}

func TestNewPredictionsErrors(t *testing.T) {
	ok := stance.NewPrediction(abc, []float64{1, 0, 0})
	tests := []struct {
		name   string
		labels []corpus.Label
		truth  []corpus.Label
		preds  []stance.Prediction
	}{
		{"length", abc, []corpus.Label{"a", "b"}, []stance.Prediction{ok}},
		{"no labels", nil, []corpus.Label{"a"}, []stance.Prediction{ok}},
		{"duplicate label", []corpus.Label{"a", "a"}, []corpus.Label{"a"}, []stance.Prediction{ok}},
		{"unknown truth", abc, []corpus.Label{"z"}, []stance.Prediction{ok}},
		{"unknown prediction", []corpus.Label{"b", "c"}, []corpus.Label{"b"}, []stance.Prediction{ok}},
	}
	for _, tt := range tests {
		_, err := NewPredictions(tt.labels, tt.truth, tt.preds)
		assert.ErrorIs(t, err, ErrMismatch, tt.name)
	}
}

func TestPredictionsProbabilitiesFollowLabels(t *testing.T) {
	// The classifier lists its labels in another order.
	pred := stance.NewPrediction([]corpus.Label{"c", "a", "b"}, []float64{0.2, 0.5, 0.3})
	p, err := NewPredictions(abc, []corpus.Label{"a"}, []stance.Prediction{pred})
	require.NoError(t, err)
	assert.Equal(t, []float64{0.5, 0.3, 0.2}, p.Prob.RawRowView(0))
	assert.Equal(t, 0, p.Pred[0])
	assert.InDelta(t, 0.5, p.Confidence(0), 0)
}
