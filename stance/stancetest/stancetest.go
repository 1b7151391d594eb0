package stancetest

import (
	"fmt"
	"maps"
	"slices"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// Want are the lowest acceptable scores of a classifier. Zero fields are
// not checked.
type Want struct {
	Accuracy float64
	MacroF1  float64
	// PerClassF1 and PerClassRecall give a floor for some labels' F1 and
	// recall.
	PerClassF1     map[corpus.Label]float64
	PerClassRecall map[corpus.Label]float64
}

// DefaultCV is the cross-validation Validate runs: 10 stratified folds,
// seed 1.
var DefaultCV = evaluate.CVOptions{Folds: 10, Seed: 1}

// Validate checks a model on examples against want, in the manner of
// testing/fstest.TestFS: every score below its floor is reported with
// t.Errorf, with the numbers; a model that cannot be trained or evaluated
// stops the test with t.Fatalf. model is one of
//
//   - a stance.TrainFunc (or a func with its signature): it is
//     cross-validated with DefaultCV and the pooled out-of-fold
//     predictions are checked;
//   - a stance.Classifier, already trained: it is evaluated on examples
//     as they are.
//
// Validate returns the metrics it checked. It calls only t's Helper,
// Errorf, Fatalf and Logf methods.
func Validate(t testing.TB, model any, examples []corpus.Example, want Want) evaluate.Metrics {
	t.Helper()
	switch m := model.(type) {
	case stance.TrainFunc:
		return CrossValidate(t, m, examples, DefaultCV, want)
	case func([]corpus.Example) (stance.Classifier, error):
		return CrossValidate(t, m, examples, DefaultCV, want)
	case stance.Classifier:
		return Evaluate(t, m, examples, want)
	case nil:
		t.Fatalf("stancetest: nil model")
	default:
		t.Fatalf("stancetest: model is a %T; want a stance.TrainFunc or a stance.Classifier", model)
	}
	return evaluate.Metrics{}
}

// CrossValidate cross-validates train on examples with o and checks the
// pooled out-of-fold predictions against want (see Validate).
func CrossValidate(t testing.TB, train stance.TrainFunc, examples []corpus.Example, o evaluate.CVOptions, want Want) evaluate.Metrics {
	t.Helper()
	p, err := evaluate.CrossValidate(examples, train, o)
	if err != nil {
		t.Fatalf("stancetest: cross-validation: %v", err)
		return evaluate.Metrics{}
	}
	m := evaluate.Compute(p)
	Check(t, m, want)
	return m
}

// Evaluate evaluates a trained classifier on examples and checks the
// predictions against want (see Validate).
func Evaluate(t testing.TB, c stance.Classifier, examples []corpus.Example, want Want) evaluate.Metrics {
	t.Helper()
	p, err := evaluate.Evaluate(c, examples, nil)
	if err != nil {
		t.Fatalf("stancetest: evaluation: %v", err)
		return evaluate.Metrics{}
	}
	m := evaluate.Compute(p)
	Check(t, m, want)
	return m
}

// Check reports with t.Errorf every score of m below its floor in want,
// and returns whether all were met. A label of want that m lacks is a
// failure too.
func Check(t testing.TB, m evaluate.Metrics, want Want) bool {
	t.Helper()
	ok := true
	fail := func(format string, args ...any) {
		t.Helper()
		ok = false
		t.Errorf(format, args...)
	}
	if m.Accuracy < want.Accuracy {
		fail("accuracy = %.3f, want ≥ %.3f (n = %d)", m.Accuracy, want.Accuracy, m.N)
	}
	if m.MacroF1 < want.MacroF1 {
		fail("macro-F1 = %.3f, want ≥ %.3f (n = %d)", m.MacroF1, want.MacroF1, m.N)
	}
	scores := make(map[corpus.Label]evaluate.ClassScore, len(m.PerClass))
	for _, s := range m.PerClass {
		scores[s.Label] = s
	}
	for _, check := range []struct {
		what  string
		want  map[corpus.Label]float64
		score func(evaluate.ClassScore) float64
	}{
		{"F1", want.PerClassF1, func(s evaluate.ClassScore) float64 { return s.F1 }},
		{"recall", want.PerClassRecall, func(s evaluate.ClassScore) float64 { return s.Recall }},
	} {
		for _, l := range slices.Sorted(maps.Keys(check.want)) {
			s, found := scores[l]
			if !found {
				fail("class %q: no such label among %v", l, m.Labels)
				continue
			}
			if got := check.score(s); got < check.want[l] {
				fail("class %q: %s = %.3f, want ≥ %.3f (precision %.3f, recall %.3f, F1 %.3f, support %d)",
					l, check.what, got, check.want[l], s.Precision, s.Recall, s.F1, s.Support)
			}
		}
	}
	return ok
}

// Lookup is a stance.Classifier that answers from a table: the text's
// label with probability 1, or, for a text not in the table, the first
// label with uniform probabilities and NoFeatures set. It stands in for a
// model in tests of code that takes a Classifier, as httptest.Server stands
// in for a server.
type Lookup struct {
	labels  []corpus.Label
	answers map[string]corpus.Label
}

// NewLookup returns a Lookup over labels. It panics if an answer is not
// one of labels.
func NewLookup(labels []corpus.Label, answers map[string]corpus.Label) *Lookup {
	for text, l := range answers {
		if !slices.Contains(labels, l) {
			panic(fmt.Sprintf("stancetest: answer %q for %q is not one of %v", l, text, labels))
		}
	}
	return &Lookup{labels: slices.Clone(labels), answers: maps.Clone(answers)}
}

// Labels implements stance.Classifier.
func (c *Lookup) Labels() []corpus.Label { return c.labels }

// Predict implements stance.Classifier.
func (c *Lookup) Predict(text string) stance.Prediction {
	probs := make([]float64, len(c.labels))
	l, ok := c.answers[text]
	if !ok {
		for i := range probs {
			probs[i] = 1 / float64(len(probs))
		}
		p := stance.NewPrediction(c.labels, probs)
		p.NoFeatures = true
		return p
	}
	probs[slices.Index(c.labels, l)] = 1
	p := stance.NewPrediction(c.labels, probs)
	p.Known = 1
	return p
}

var _ stance.Classifier = (*Lookup)(nil)
