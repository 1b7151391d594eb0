package stancetest

import (
	"fmt"
	"runtime"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// fakeT is a testing.TB that records failures instead of failing. The
// embedded nil TB satisfies the interface's unexported method; calling a
// method not defined here panics, which would show that stancetest uses
// more of testing.TB than it documents.
type fakeT struct {
	testing.TB
	mu     sync.Mutex
	errors []string
	fatal  bool
	logs   []string
}

func (f *fakeT) Helper() {}

func (f *fakeT) Errorf(format string, args ...any) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.errors = append(f.errors, fmt.Sprintf(format, args...))
}

func (f *fakeT) Fatalf(format string, args ...any) {
	f.Errorf(format, args...)
	f.fatal = true
	runtime.Goexit()
}

func (f *fakeT) Logf(format string, args ...any) {
	f.logs = append(f.logs, fmt.Sprintf(format, args...))
}

// run calls fn with a fakeT on its own goroutine, as testing does, so that
// Fatalf can end it.
func run(fn func(t testing.TB)) *fakeT {
	f := &fakeT{}
	var wg sync.WaitGroup
	wg.Go(func() { fn(f) })
	wg.Wait()
	return f
}

var labels = []corpus.Label{"recognising", "withholding", "hostile"}

// examples are 4 statements per label.
func examples() []corpus.Example {
	var exs []corpus.Example
	for i := range 12 {
		l := labels[i%3]
		exs = append(exs, corpus.Example{ID: fmt.Sprint(i), Text: fmt.Sprintf("%s %d", l, i), Label: l})
	}
	return exs
}

// half answers every statement right except the hostile ones, which it
// calls withholding.
func half() *Lookup {
	answers := map[string]corpus.Label{}
	for _, e := range examples() {
		l := e.Label
		if l == "hostile" {
			l = "withholding"
		}
		answers[e.Text] = l
	}
	return NewLookup(labels, answers)
}

func TestValidateClassifier(t *testing.T) {
	// Confusion of half(): recognising 4/4 right; withholding 4 right;
	// hostile 4 predicted withholding. Accuracy 8/12; F1: recognising 1,
	// withholding 2·4/(4 + 8) = 2/3, hostile 0; macro-F1 = 5/9 = 0.556.
	tests := []struct {
		name   string
		want   Want
		errors []string
	}{
		{"all met", Want{Accuracy: 0.6, MacroF1: 0.5, PerClassF1: map[corpus.Label]float64{"recognising": 1}}, nil},
		{"zero want checks nothing", Want{}, nil},
		{"macro-F1", Want{MacroF1: 0.7}, []string{"macro-F1 = 0.556, want ≥ 0.700 (n = 12)"}},
		{"accuracy", Want{Accuracy: 0.9}, []string{"accuracy = 0.667, want ≥ 0.900 (n = 12)"}},
		{"per class", Want{
			PerClassF1:     map[corpus.Label]float64{"hostile": 0.5, "withholding": 0.6, "recognising": 0.9},
			PerClassRecall: map[corpus.Label]float64{"hostile": 0.1},
		}, []string{
			`class "hostile": F1 = 0.000, want ≥ 0.500 (precision 0.000, recall 0.000, F1 0.000, support 4)`,
			`class "hostile": recall = 0.000, want ≥ 0.100 (precision 0.000, recall 0.000, F1 0.000, support 4)`,
		}},
		{"unknown label", Want{PerClassF1: map[corpus.Label]float64{"favor": 0.5}},
			[]string{`class "favor": no such label among [recognising withholding hostile]`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var m evaluate.Metrics
			f := run(func(ft testing.TB) { m = Validate(ft, half(), examples(), tt.want) })
			assert.False(t, f.fatal)
			assert.Equal(t, tt.errors, f.errors)
			assert.InDelta(t, 5.0/9, m.MacroF1, 1e-12)
			assert.Equal(t, 12, m.N)
		})
	}
}

func TestValidateTrainFunc(t *testing.T) {
	// A TrainFunc that returns half() whatever it is trained on: the
	// cross-validated scores are those of half().
	train := func([]corpus.Example) (stance.Classifier, error) { return half(), nil }
	exs := examples()
	f := run(func(ft testing.TB) {
		m := CrossValidate(ft, train, exs, evaluate.CVOptions{Folds: 4, Seed: 1}, Want{MacroF1: 0.9})
		assert.InDelta(t, 5.0/9, m.MacroF1, 1e-12)
	})
	assert.Equal(t, []string{"macro-F1 = 0.556, want ≥ 0.900 (n = 12)"}, f.errors)

	// Validate takes a func literal or a stance.TrainFunc and runs DefaultCV
	// (10 stratified folds of 12 examples: some folds test one item).
	for _, model := range []any{train, stance.TrainFunc(train)} {
		f := run(func(ft testing.TB) { Validate(ft, model, exs, Want{MacroF1: 0.5}) })
		assert.Empty(t, f.errors)
	}
}

func TestValidateFatal(t *testing.T) {
	failing := stance.TrainFunc(func([]corpus.Example) (stance.Classifier, error) {
		return nil, fmt.Errorf("no data today")
	})
	tests := []struct {
		name  string
		fn    func(testing.TB)
		error string
	}{
		{"training error", func(ft testing.TB) { Validate(ft, failing, examples(), Want{}) }, "no data today"},
		{"too few examples", func(ft testing.TB) { Validate(ft, failing, examples()[:3], Want{}) }, "10 folds but only 3 examples"},
		{"no test examples", func(ft testing.TB) { Validate(ft, half(), nil, Want{}) }, "no test examples"},
		{"wrong model type", func(ft testing.TB) { Validate(ft, "mnb", examples(), Want{}) }, "model is a string"},
		{"nil model", func(ft testing.TB) { Validate(ft, nil, examples(), Want{}) }, "nil model"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			after := false
			f := run(func(ft testing.TB) {
				tt.fn(ft)
				after = true
			})
			assert.True(t, f.fatal)
			assert.False(t, after, "Fatalf must end the test")
			require.Len(t, f.errors, 1)
			assert.Contains(t, f.errors[0], tt.error)
		})
	}
}

func TestCheckReturnsOK(t *testing.T) {
	m := evaluate.Metrics{Accuracy: 0.8, MacroF1: 0.7}
	f := run(func(ft testing.TB) { assert.True(t, Check(ft, m, Want{Accuracy: 0.8, MacroF1: 0.7})) })
	assert.Empty(t, f.errors)
	f = run(func(ft testing.TB) { assert.False(t, Check(ft, m, Want{Accuracy: 0.81})) })
	assert.Len(t, f.errors, 1)
}

func TestLookup(t *testing.T) {
	c := half()
	assert.Equal(t, labels, c.Labels())
	p := c.Predict("hostile 2")
	assert.Equal(t, corpus.Label("withholding"), p.Label)
	assert.InDelta(t, 1, p.Probability, 0)
	assert.False(t, p.NoFeatures)
	p = c.Predict("never seen")
	assert.True(t, p.NoFeatures)
	assert.Equal(t, corpus.Label("recognising"), p.Label)
	assert.InDelta(t, 1.0/3, p.Probability, 1e-12)
	assert.PanicsWithValue(t, `stancetest: answer "favor" for "x" is not one of [a b]`, func() {
		NewLookup([]corpus.Label{"a", "b"}, map[string]corpus.Label{"x": "favor"})
	})
}
