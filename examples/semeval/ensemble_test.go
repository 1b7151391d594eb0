package main

import (
	"math"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func logs(p ...float64) [3]float64 {
	var out [3]float64
	for i, v := range p {
		out[i] = math.Log(v)
	}
	return out
}

func TestCombine(t *testing.T) {
	tests := []struct {
		name    string
		member  [][3]float64
		weights []float64
		want    [3]float64 // probabilities
	}{
		{"one member is itself", [][3]float64{logs(0.5, 0.25, 0.25)}, []float64{1}, [3]float64{0.5, 0.25, 0.25}},
		{"weight does not matter alone", [][3]float64{logs(0.5, 0.25, 0.25)}, []float64{0.1}, [3]float64{0.5, 0.25, 0.25}},
		// √(0.5·0.2), √(0.25·0.2), √(0.25·0.6), normalised.
		{"geometric mean", [][3]float64{logs(0.5, 0.25, 0.25), logs(0.2, 0.2, 0.6)}, []float64{1, 1},
			[3]float64{0.34108137740210887, 0.24118095489747923, 0.4177376677004119}},
		{"scaling every weight changes nothing", [][3]float64{logs(0.5, 0.25, 0.25), logs(0.2, 0.2, 0.6)}, []float64{2, 2},
			[3]float64{0.34108137740210887, 0.24118095489747923, 0.4177376677004119}},
		// (0.5³·0.2)^¼, … normalised.
		{"weighted 3:1", [][3]float64{logs(0.5, 0.25, 0.25), logs(0.2, 0.2, 0.6)}, []float64{3, 1},
			[3]float64{0.4206725477259606, 0.25013339342101704, 0.3291940588530225}},
		// log 0 is cut at −700, halved by the mean: a veto becomes a
		// factor e^−350, not a zero.
		{"zero probability clamped", [][3]float64{logs(1, 0, 0), logs(1.0/3, 1.0/3, 1.0/3)}, []float64{1, 1},
			[3]float64{1, math.Exp(-350), math.Exp(-350)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := combine(tc.member, tc.weights)
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
	tests := []struct {
		name           string
		stance, favour float64
		want           [3]float64
		label          corpus.Label
	}{
		{"stance likely, against", 0.6, 0.25, [3]float64{0.15, 0.45, 0.4}, Against},
		{"none likely", 0.3, 0.9, [3]float64{0.27, 0.03, 0.7}, None},
		{"favour", 0.8, 0.75, [3]float64{0.6, 0.2, 0.2}, Favor},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			c := &twoStage{
				first:  fixed{[]corpus.Label{stanceLabel, None}, []float64{tc.stance, 1 - tc.stance}},
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
		members: []stance.Classifier{
			fixed{taskLabels, []float64{0.5, 0.25, 0.25}},
			fixed{[]corpus.Label{None, Favor, Against}, []float64{0.6, 0.2, 0.2}}, // another order: matched by label
		},
		weights: []float64{1, 1},
	}
	p := e.Predict("anything")
	assert.Equal(t, corpus.Label(None), p.Label)
	assert.InDelta(t, 0.34108137740210887, p.ProbabilityOf(Favor), 1e-12)
	assert.InDelta(t, 0.24118095489747923, p.ProbabilityOf(Against), 1e-12)
	assert.InDelta(t, 0.4177376677004119, p.ProbabilityOf(None), 1e-12)
	assert.Equal(t, 3, p.Known)
}

func TestParseConfigEnsemble(t *testing.T) {
	tests := []struct {
		in      string
		members int
		weights []float64
		out     string // "" means in
	}{
		{"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 c3-6 tweet stem neg",
			2, []float64{1, 1}, ""},
		{"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet + 0.03*mnb a=0.5 bin w1-2 c3-6 tweet hw stem neg",
			2, []float64{1, 0.03}, ""},
		{"1*cnb a=0.5 bin w1-3 + 2*mnb a=1 w1-2 + nbsvm a=1 b=1 C=1 bin w1",
			3, []float64{1, 2, 1}, "cnb a=0.5 bin w1-3 + 2*mnb a=1 w1-2 + nbsvm a=1 b=1 C=1 bin w1-1"},
		{"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg 2stage", 0, nil, ""},
		{"mnb a=0.5 bin w1-2 2stage + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 2stage", 2, []float64{1, 1}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			c, err := ParseConfig(tc.in)
			require.NoError(t, err)
			require.Len(t, c.Members, tc.members)
			for i, m := range c.Members {
				assert.Equal(t, tc.weights[i], m.weight())
			}
			want := tc.out
			if want == "" {
				want = tc.in
			}
			assert.Equal(t, want, c.String())
			again, err := ParseConfig(c.String())
			require.NoError(t, err)
			assert.Equal(t, c, again)
		})
	}
	for _, bad := range []string{
		"nbsvm a=1 + ",
		"nbsvm a=1 + x*mnb a=1",
		"nbsvm a=1 + 0*mnb a=1",
		"nbsvm a=1 + -1*mnb a=1",
		"nbsvm a=1 + joint mnb a=1",
		"mnb a=1 + svm",
	} {
		_, err := ParseConfig(bad)
		assert.Error(t, err, "%q", bad)
	}
	c, err := ParseConfig("mnb a=1 w1-2 2stage")
	require.NoError(t, err)
	assert.True(t, c.TwoStage)
}

func TestEnsembleGrid(t *testing.T) {
	var names []string
	for _, c := range EnsembleGrid() {
		names = append(names, c.String())
		again, err := ParseConfig(c.String())
		require.NoError(t, err)
		assert.Equal(t, c, again)
	}
	assert.Equal(t, []string{
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + 0.01*mnb a=0.5 bin w1-2 c3-6 tweet hw stem neg",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + 0.03*mnb a=0.5 bin w1-2 c3-6 tweet hw stem neg",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + 0.1*mnb a=0.5 bin w1-2 c3-6 tweet hw stem neg",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 c3-6 tweet stem neg",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c3-6 tweet stem neg + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 c3-6 tweet stem neg",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-5 tweet stem neg + nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c3-6 tweet stem neg + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 c3-6 tweet stem neg",
	}, names)
	for _, c := range DefaultGrid(true) {
		assert.False(t, slices.Contains(names, c.String()), "the default grid has no ensembles")
	}
}

func syntheticByTarget(t *testing.T, n int, seed uint64) (map[string][]corpus.Example, []string) {
	t.Helper()
	ex, err := ReadTSVFile(synthetic(t, "train.tsv", n, seed))
	require.NoError(t, err)
	targets := Targets(ex)
	slices.Sort(targets)
	byTarget := map[string][]corpus.Example{}
	for _, tg := range targets {
		byTarget[tg] = ByTarget(ex, tg)
	}
	return byTarget, targets
}

// The cross-validation combines an ensemble's out-of-fold predictions from
// its members'; training the ensemble itself in every fold must give the
// same predictions.
func TestEnsembleCVMatchesTraining(t *testing.T) {
	byTarget, targets := syntheticByTarget(t, 30, 7)
	d, err := newCVData(byTarget, targets, 3, 2, 7)
	require.NoError(t, err)
	var cands []Config
	for _, s := range []string{
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-4 tweet stem neg + 0.03*mnb a=0.5 bin w1-2 tweet",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 tweet + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 tweet",
		"mnb a=0.5 bin w1-2 tweet 2stage + nbsvm a=1 b=0.25 C=1 prior bin w1-2 tweet 2stage",
	} {
		c, err := ParseConfig(s)
		require.NoError(t, err)
		cands = append(cands, c)
	}
	got, err := d.crossValidate(cands, 7, 2)
	require.NoError(t, err)
	direct, err := d.outOfFold(cands, 7, 1) // each ensemble trained as a whole in every fold
	require.NoError(t, err)
	for c := range cands {
		assert.Greater(t, got[c].FAvg, 60.0, "%s: the synthetic task is easy", cands[c])
		for r := range direct[c] {
			for i := range direct[c][r] {
				for k := range 3 {
					assert.InDelta(t, direct[c][r][i][k], got[c].oof[r][i][k], 1e-9, "%s, repeat %d, tweet %d", cands[c], r, i)
				}
			}
		}
	}
}

func TestTwoStageTrain(t *testing.T) {
	byTarget, targets := syntheticByTarget(t, 30, 3)
	c, err := ParseConfig("nbsvm a=1 b=0.25 C=1 prior bin w1-2 tweet 2stage")
	require.NoError(t, err)
	ms, err := c.Train(byTarget, targets, 1)
	require.NoError(t, err)
	require.Len(t, ms, 2)
	for _, tg := range targets {
		m := ms[tg]
		assert.Equal(t, taskLabels, m.Labels())
		right := 0
		for _, e := range byTarget[tg] {
			p := m.Predict(e.Text)
			assert.InDelta(t, 1, p.ProbabilityOf(Favor)+p.ProbabilityOf(Against)+p.ProbabilityOf(None), 1e-12)
			if p.Label == e.Label {
				right++
			}
		}
		assert.Greater(t, right, len(byTarget[tg])*2/3, "%s: most training tweets are labelled right", tg)
	}
}
