package benchmark

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

var taskLabels = []corpus.Label{Favor, Against, None}

func logs(p ...float64) []float64 {
	out := make([]float64, len(p))
	for i, v := range p {
		out[i] = math.Log(v)
	}
	return out
}

func TestCombine(t *testing.T) {
	tests := []struct {
		name    string
		member  [][]float64
		weights []float64
		want    []float64 // probabilities
	}{
		{"one member is itself", [][]float64{logs(0.5, 0.25, 0.25)}, []float64{1}, []float64{0.5, 0.25, 0.25}},
		{"weight does not matter alone", [][]float64{logs(0.5, 0.25, 0.25)}, []float64{0.1}, []float64{0.5, 0.25, 0.25}},
		// √(0.5·0.2), √(0.25·0.2), √(0.25·0.6), normalised.
		{"geometric mean", [][]float64{logs(0.5, 0.25, 0.25), logs(0.2, 0.2, 0.6)}, []float64{1, 1},
			[]float64{0.34108137740210887, 0.24118095489747923, 0.4177376677004119}},
		{"scaling every weight changes nothing", [][]float64{logs(0.5, 0.25, 0.25), logs(0.2, 0.2, 0.6)}, []float64{2, 2},
			[]float64{0.34108137740210887, 0.24118095489747923, 0.4177376677004119}},
		// (0.5³·0.2)^¼, … normalised.
		{"weighted 3:1", [][]float64{logs(0.5, 0.25, 0.25), logs(0.2, 0.2, 0.6)}, []float64{3, 1},
			[]float64{0.4206725477259606, 0.25013339342101704, 0.3291940588530225}},
		// log 0 is cut at −700, halved by the mean: a veto becomes a
		// factor e^−350, not a zero.
		{"zero probability clamped", [][]float64{logs(1, 0, 0), logs(1.0/3, 1.0/3, 1.0/3)}, []float64{1, 1},
			[]float64{1, math.Exp(-350), math.Exp(-350)}},
		{"two labels", [][]float64{logs(0.9, 0.1), logs(0.5, 0.5)}, []float64{1, 1}, []float64{0.75, 0.25}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := combine(tc.member, tc.weights)
			assert.Len(t, got, len(tc.want))
			for i := range got {
				assert.InDelta(t, math.Log(tc.want[i]), got[i], 1e-12, "label %d", i)
			}
		})
	}
}

// fixed is a classifier that predicts the same probabilities for every
// text.
type fixed struct {
	labels []corpus.Label
	probs  []float64
}

func (f fixed) Labels() []corpus.Label { return f.labels }
func (f fixed) Predict(string) stance.Prediction {
	p := stance.NewPrediction(f.labels, f.probs)
	p.Known = 3
	return p
}

func TestTwoStagePredict(t *testing.T) {
	some := corpus.Label("not NONE")
	tests := []struct {
		name           string
		stance, favour float64
		want           []float64
		label          corpus.Label
	}{
		{"stance likely, against", 0.6, 0.25, []float64{0.15, 0.45, 0.4}, Against},
		{"none likely", 0.3, 0.9, []float64{0.27, 0.03, 0.7}, None},
		{"favour", 0.8, 0.75, []float64{0.6, 0.2, 0.2}, Favor},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &twoStage{labels: taskLabels, some: some,
				first:  fixed{[]corpus.Label{some, None}, []float64{tc.stance, 1 - tc.stance}},
				second: fixed{[]corpus.Label{Favor, Against}, []float64{tc.favour, 1 - tc.favour}},
			}
			p := c.Predict("anything")
			assert.Equal(t, tc.label, p.Label)
			assert.Equal(t, 3, p.Known)
			for i, l := range taskLabels {
				assert.InDelta(t, tc.want[i], p.ProbabilityOf(l), 1e-12, "%s", l)
			}
		})
	}
}

func TestEnsemblePredict(t *testing.T) {
	e := &ensemble{
		labels: taskLabels,
		members: []stance.Classifier{
			fixed{taskLabels, []float64{0.5, 0.25, 0.25}},
			fixed{[]corpus.Label{None, Favor, Against}, []float64{0.6, 0.2, 0.2}}, // another order: matched by label
		},
		weights: []float64{1, 1},
	}
	p := e.Predict("anything")
	assert.Equal(t, None, p.Label)
	assert.InDelta(t, 0.34108137740210887, p.ProbabilityOf(Favor), 1e-12)
	assert.InDelta(t, 0.24118095489747923, p.ProbabilityOf(Against), 1e-12)
	assert.InDelta(t, 0.4177376677004119, p.ProbabilityOf(None), 1e-12)
	assert.Equal(t, 3, p.Known)
}

func TestDecide(t *testing.T) {
	s := []float64{-1, -0.5, -2}
	assert.Equal(t, 1, decide(s, nil))
	assert.Equal(t, 1, decide(s, []float64{0, 0, 0}))
	assert.Equal(t, 0, decide(s, []float64{0.75, 0, 0}))
	assert.Equal(t, 2, decide(s, []float64{0, 0, 1.75}))
	assert.Equal(t, 0, decide([]float64{0, 0, 0}, nil), "ties go to the first label")
}

func TestOffsetGrid(t *testing.T) {
	assert.Equal(t, [][]float64{nil}, (*OffsetGrid)(nil).offsets(taskLabels))
	g := SemEvalTask().Offsets.offsets(taskLabels)
	assert.Len(t, g, 7*9)
	assert.Equal(t, []float64{0, 0, 0}, g[0], "no offset first, so that ties keep it")
	assert.Equal(t, []float64{-0.25, 0, 0}, g[1], "then the nearest, the first label's first")
	for i := 1; i < len(g); i++ {
		assert.LessOrEqual(t, dist(g[i-1]), dist(g[i]))
		assert.Zero(t, g[i][1], "AGAINST stays at 0")
		assert.True(t, g[i][0] >= -0.5 && g[i][0] <= 1 && g[i][2] >= -1 && g[i][2] <= 1, "%v", g[i])
	}
	assert.Equal(t, map[corpus.Label]float64{Favor: 0.25, Against: 0, None: -1}, offsetMap(taskLabels, []float64{0.25, 0, -1}))
	assert.Nil(t, offsetMap(taskLabels, nil))
}
