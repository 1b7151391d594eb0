package evaluate

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// words gives each leader label a few words of its own.
var words = map[corpus.Label][]string{
	"recognising": {"congratulate", "welcome", "respect", "partner", "victory", "wishes"},
	"withholding": {"await", "official", "premature", "verify", "count", "patience"},
	"hostile":     {"fraud", "farce", "rigged", "illegitimate", "stolen", "reject"},
}

// synthetic returns n examples cycling through the leader labels, with
// election "e<i mod groups>". Every fifth statement borrows a word of
// another label, so that a model makes some mistakes.
func synthetic(n, groups int) []corpus.Example {
	var exs []corpus.Example
	for i := range n {
		l := corpus.LeaderLabels()[i%3]
		w := words[l]
		text := fmt.Sprintf("we %s and %s the result number %d", w[i%len(w)], w[(i/3+1)%len(w)], i)
		if i%5 == 0 {
			o := words[corpus.LeaderLabels()[(i+1)%3]]
			text = fmt.Sprintf("we %s and %s the result number %d", o[i%len(o)], o[(i/3+2)%len(o)], i)
		}
		exs = append(exs, corpus.Example{
			ID: fmt.Sprint("s", i), Text: text, Label: l,
			Meta: map[string]string{"election": fmt.Sprint("e", i%groups)},
		})
	}
	return exs
}

// majority is a classifier that always predicts the most frequent
// training label, with the training shares as probabilities.
type majority struct {
	labels []corpus.Label
	probs  []float64
}

func (m majority) Predict(string) stance.Prediction { return stance.NewPrediction(m.labels, m.probs) }
func (m majority) Labels() []corpus.Label           { return m.labels }

func trainMajority(examples []corpus.Example) (stance.Classifier, error) {
	m := majority{labels: slices.Clone(corpus.LeaderLabels()), probs: make([]float64, 3)}
	for _, e := range examples {
		m.probs[slices.Index(m.labels, e.Label)] += 1 / float64(len(examples))
	}
	return m, nil
}

func TestCrossValidateMajority(t *testing.T) {
	// 3 labels × 10 examples, 5 stratified folds: each fold trains on 8 of
	// each label, a three-way tie, so the majority classifier predicts the
	// first label (recognising) with probability 1/3 everywhere.
	exs := synthetic(30, 3)
	p, err := CrossValidate(exs, trainMajority, CVOptions{Folds: 5, Seed: 1})
	require.NoError(t, err)
	require.Equal(t, 30, p.Len())
	assert.Equal(t, corpus.LeaderLabels(), p.Labels)
	m := Compute(p)
	assert.InDelta(t, 1.0/3, m.Accuracy, 1e-12)
	assert.InDelta(t, 0, m.Kappa, 1e-12)
	// F1(recognising) = 2·10/(10 + 30) = 0.5; the others 0.
	assert.InDelta(t, 0.5/3, m.MacroF1, 1e-12)
	for i := range p.Pred {
		assert.Equal(t, 0, p.Pred[i])
		assert.InDelta(t, 1.0/3, p.Confidence(i), 1e-12)
		assert.Equal(t, exs[i].ID, p.IDs[i])
	}
	perFold := map[int]int{}
	for _, f := range p.Fold {
		perFold[f]++
	}
	assert.Equal(t, map[int]int{0: 6, 1: 6, 2: 6, 3: 6, 4: 6}, perFold)
}

func TestCrossValidateParallelEqualsSequential(t *testing.T) {
	exs := synthetic(90, 6)
	train := stance.NaiveBayes(stance.DefaultOptions())
	seq, err := CrossValidate(exs, train, CVOptions{Folds: 10, Seed: 3, Workers: 1})
	require.NoError(t, err)
	par, err := CrossValidate(exs, train, CVOptions{Folds: 10, Seed: 3, Workers: 8})
	require.NoError(t, err)
	assert.Equal(t, seq, par)
	again, err := CrossValidate(exs, train, CVOptions{Folds: 10, Seed: 3})
	require.NoError(t, err)
	assert.Equal(t, seq, again)
	m := Compute(seq)
	assert.Greater(t, m.Accuracy, 0.6, "the synthetic data are easy")
	assert.Less(t, m.Accuracy, 1.0, "but not trivial")

	other, err := CrossValidate(exs, train, CVOptions{Folds: 10, Seed: 4})
	require.NoError(t, err)
	assert.NotEqual(t, seq.Fold, other.Fold, "another seed, other folds")
}

// recorder is a TrainFunc that records what each call trained on.
type recorder struct {
	mu    sync.Mutex
	texts [][]string
}

func (r *recorder) train(examples []corpus.Example) (stance.Classifier, error) {
	texts, _ := stance.TextsAndLabels(examples)
	r.mu.Lock()
	r.texts = append(r.texts, texts)
	r.mu.Unlock()
	return trainMajority(examples)
}

func TestCrossValidateNeverTrainsOnTestItems(t *testing.T) {
	exs := synthetic(40, 5)
	for _, group := range []func(corpus.Example) string{nil, corpus.Example.Election} {
		var r recorder
		p, err := CrossValidate(exs, r.train, CVOptions{Folds: 5, Seed: 2, Group: group})
		require.NoError(t, err)
		require.Len(t, r.texts, 5)
		for i, e := range exs {
			// The item's fold trained on everything but the items of that fold.
			n := 0
			for _, f := range p.Fold {
				if f == p.Fold[i] {
					n++
				}
			}
			found := false
			for _, texts := range r.texts {
				if len(texts) == len(exs)-n && !slices.Contains(texts, e.Text) {
					found = true
				}
			}
			assert.True(t, found, "item %d", i)
		}
		if group != nil {
			// Leave-elections-out: each election's items share one fold.
			foldOf := map[string]int{}
			for i, e := range exs {
				if f, ok := foldOf[e.Election()]; ok {
					assert.Equal(t, f, p.Fold[i], "election %s split", e.Election())
				}
				foldOf[e.Election()] = p.Fold[i]
			}
		}
	}
}

func TestCrossValidateErrors(t *testing.T) {
	exs := synthetic(30, 3)
	boom := errors.New("boom")
	failSecond := func(examples []corpus.Example) (stance.Classifier, error) {
		if !slices.ContainsFunc(examples, func(e corpus.Example) bool { return strings.HasSuffix(e.Text, " 0") }) {
			return nil, boom // the fold that holds item 0 in its test part
		}
		return trainMajority(examples)
	}
	panics := func([]corpus.Example) (stance.Classifier, error) { panic("kaboom") }
	nothing := func([]corpus.Example) (stance.Classifier, error) { return nil, nil }
	tests := []struct {
		name  string
		exs   []corpus.Example
		train stance.TrainFunc
		o     CVOptions
		want  string
	}{
		{"train error", exs, failSecond, CVOptions{Folds: 3}, "boom"},
		{"train panic", exs, panics, CVOptions{Folds: 3}, "fold 1 of 3: training panicked: kaboom"},
		{"nil classifier", exs, nothing, CVOptions{Folds: 3}, "no classifier"},
		{"nil train", exs, nil, CVOptions{}, "nil TrainFunc"},
		{"too many folds", exs, trainMajority, CVOptions{Folds: 31}, "31 folds"},
		{"one fold", exs, trainMajority, CVOptions{Folds: 1}, "1 folds"},
		{"empty", nil, trainMajority, CVOptions{}, "no examples"},
		{"too few groups", exs, trainMajority, CVOptions{Folds: 4, Group: corpus.Example.Election}, "only 3 groups"},
		{"missing group", append(slices.Clone(exs), corpus.Example{ID: "x", Text: "t", Label: "hostile"}), trainMajority,
			CVOptions{Folds: 2, Group: corpus.Example.Election}, "example x has no group key"},
		{"label outside report order", exs, trainMajority, CVOptions{Folds: 3, Labels: []corpus.Label{"recognising", "hostile"}}, "withholding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := CrossValidate(tt.exs, tt.train, tt.o)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
		})
	}
}

func TestCrossValidateProgress(t *testing.T) {
	var calls []int
	_, err := CrossValidate(synthetic(30, 3), trainMajority, CVOptions{Folds: 5, Progress: func(done, total int) {
		assert.Equal(t, 5, total)
		calls = append(calls, done)
	}})
	require.NoError(t, err)
	assert.Equal(t, []int{1, 2, 3, 4, 5}, calls)
}

func TestCrossValidateLabelOrder(t *testing.T) {
	// A classifier with sorted labels gives a sorted report order unless
	// Labels is set.
	sorted := func([]corpus.Example) (stance.Classifier, error) {
		return majority{labels: []corpus.Label{"hostile", "recognising", "withholding"}, probs: []float64{0.2, 0.5, 0.3}}, nil
	}
	p, err := CrossValidate(synthetic(30, 3), sorted, CVOptions{Folds: 3})
	require.NoError(t, err)
	assert.Equal(t, []corpus.Label{"hostile", "recognising", "withholding"}, p.Labels)
	p, err = CrossValidate(synthetic(30, 3), sorted, CVOptions{Folds: 3, Labels: corpus.LeaderLabels()})
	require.NoError(t, err)
	assert.Equal(t, corpus.LeaderLabels(), p.Labels)
	assert.Equal(t, []float64{0.5, 0.3, 0.2}, p.Prob.RawRowView(0))
}

func TestTrainTest(t *testing.T) {
	exs := synthetic(60, 3)
	p, err := TrainTest(exs[:45], exs[45:], stance.NaiveBayes(stance.LeaderOptions()), nil)
	require.NoError(t, err)
	assert.Equal(t, 15, p.Len())
	assert.Equal(t, corpus.LeaderLabels(), p.Labels)
	for i := range p.Fold {
		assert.Equal(t, -1, p.Fold[i])
		assert.Equal(t, exs[45+i].ID, p.IDs[i])
	}
	_, err = TrainTest(exs[:45], nil, stance.NaiveBayes(stance.DefaultOptions()), nil)
	assert.Error(t, err)
	bad := stance.DefaultOptions()
	bad.Alpha = -1
	_, err = TrainTest(exs[:45], exs[45:], stance.NaiveBayes(bad), nil)
	assert.ErrorIs(t, err, stance.ErrOptions)
	// A test label the classifier lacks is still reported, after its own.
	odd := []corpus.Example{{ID: "o", Text: "we congratulate", Label: "neutral"}}
	p, err = TrainTest(exs[:45], odd, stance.NaiveBayes(stance.LeaderOptions()), nil)
	require.NoError(t, err)
	assert.Equal(t, []corpus.Label{"recognising", "withholding", "hostile", "neutral"}, p.Labels)
	assert.Equal(t, 3, p.True[0])
}

// A zero seed is DefaultSeed, the CLIs' default: the API and the command
// line draw the same folds and intervals, and another seed draws others.
func TestZeroSeedIsDefaultSeed(t *testing.T) {
	train := stance.NaiveBayes(stance.DefaultOptions())
	exs := synthetic(90, 3)
	run := func(seed uint64) (*Predictions, BootstrapCI) {
		p, err := CrossValidate(exs, train, CVOptions{Folds: 3, Seed: seed})
		require.NoError(t, err)
		return p, Bootstrap(p, BootstrapOptions{Resamples: 200, Seed: seed})
	}
	p0, ci0 := run(0)
	p1, ci1 := run(DefaultSeed)
	assert.Equal(t, uint64(1), DefaultSeed, "README's figures were made with seed 1")
	assert.Equal(t, p1.Fold, p0.Fold)
	assert.Equal(t, ci1, ci0)
	p2, ci2 := run(2)
	assert.NotEqual(t, p1.Fold, p2.Fold)
	assert.NotEqual(t, ci1, ci2)
}
