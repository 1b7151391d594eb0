package benchmark

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syntheticGroups returns the synthetic SemEval training data split by
// target, as a search sees it.
func syntheticGroups(t *testing.T, n int, seed uint64) (*Task, []group) {
	t.Helper()
	d := readData(t, syntheticSemEval(t, t.TempDir(), "train.tsv", n, seed))
	task := d.Task()
	groups := task.split(d.Examples, true)
	return &task, groups
}

// The cross-validation combines an ensemble's out-of-fold predictions from
// its members'; training the ensemble itself in every fold must give the
// same predictions.
func TestEnsembleCVMatchesTraining(t *testing.T) {
	task, groups := syntheticGroups(t, 30, 7)
	require.Equal(t, []string{"Rain", "Tea"}, []string{groups[0].name, groups[1].name}, "groups in sorted order")
	d, err := newCVData(task, groups, 3, 2, 7)
	require.NoError(t, err)
	var specs []Spec
	for _, s := range []string{
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 c2-4 tweet stem neg + 0.03*mnb a=0.5 bin w1-2 tweet",
		"nbsvm a=1 b=0.25 C=0.1 prior bin w1-2 tweet + joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 tweet",
		"mnb a=0.5 bin w1-2 tweet 2stage + nbsvm a=1 b=0.25 C=1 prior bin w1-2 tweet 2stage",
	} {
		spec, err := ParseSpec(s)
		require.NoError(t, err)
		specs = append(specs, spec)
	}
	got, err := d.crossValidate(specs, 7, 2)
	require.NoError(t, err)
	direct, err := d.outOfFold(specs, 7, 1) // each ensemble trained as a whole in every fold
	require.NoError(t, err)
	for c := range specs {
		assert.Greater(t, got[c].score, 0.6, "%s: the synthetic task is easy", specs[c])
		for r := range direct[c] {
			assert.InDeltaSlice(t, direct[c][r].v, got[c].oof[r].v, 1e-9, "%s, repeat %d", specs[c], r)
		}
	}
}

func TestTwoStageTrain(t *testing.T) {
	task, groups := syntheticGroups(t, 30, 3)
	s, err := ParseSpec("nbsvm a=1 b=0.25 C=1 prior bin w1-2 tweet 2stage")
	require.NoError(t, err)
	ms, err := s.train(groups, task.Labels, 1)
	require.NoError(t, err)
	require.Len(t, ms, 2)
	for _, g := range groups {
		m := ms[g.name]
		assert.Equal(t, task.Labels, m.Labels())
		right := 0
		for _, e := range g.examples {
			p := m.Predict(e.Text)
			assert.InDelta(t, 1, p.ProbabilityOf(Favor)+p.ProbabilityOf(Against)+p.ProbabilityOf(None), 1e-12)
			if p.Label == e.Label {
				right++
			}
		}
		assert.Greater(t, right, len(g.examples)*2/3, "%s: most training tweets are labelled right", g.name)
	}
	_, err = s.train(groups, []corpus.Label{Favor, Against}, 1)
	assert.ErrorContains(t, err, "needs at least three labels")
}

// A global choice made on every item is the best candidate; a per-group
// choice the best on each group.
func TestChooseAndNested(t *testing.T) {
	task, groups := syntheticGroups(t, 30, 5)
	d, err := newCVData(task, groups, 3, 1, 5)
	require.NoError(t, err)
	specs := []Spec{tweetSpec(Multinomial, 1, false, [2]int{1, 1}, [2]int{}, false), tweetSpec(Complement, 0.5, true, [2]int{1, 2}, [2]int{}, false)}
	cands, err := d.crossValidate(specs, 5, 2)
	require.NoError(t, err)
	all := func(int, int) bool { return true }
	ch := d.choose(cands, false, [][]float64{nil}, all)
	best := 0
	if cands[1].score > cands[0].score {
		best = 1
	}
	assert.Equal(t, []int{best, best}, ch.cand)
	assert.Equal(t, cands[best].score, ch.score)
	per := d.choose(cands, true, [][]float64{nil}, all)
	for gi := range groups {
		assert.GreaterOrEqual(t, cands[per.cand[gi]].perGroup[gi], cands[1-per.cand[gi]].perGroup[gi])
	}
	nested := d.nested(cands, false, [][]float64{nil})
	assert.True(t, nested > 0.5 && nested <= 1, "%v", nested)
}
