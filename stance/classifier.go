package stance

import (
	"github.com/stancekit/stancekit/corpus"
)

// Classifier is anything that labels statements: this package's models, the
// jbrukh/bayesian baseline in stance/baseline, or a later model, so that the
// evaluation can put them side by side.
type Classifier interface {
	Predict(text string) Prediction
	Labels() []corpus.Label
}

var _ Classifier = (*Model)(nil)

// ContextClassifier is a Classifier that also reads a statement's election
// context, as this package's models do (see Context).
type ContextClassifier interface {
	Classifier
	PredictIn(ctx Context, text string) Prediction
}

var _ ContextClassifier = (*Model)(nil)

// PredictExample predicts e's text, in e's election context (ContextOf)
// when c reads one. Evaluation code predicts held-out examples with it.
func PredictExample(c Classifier, e corpus.Example) Prediction {
	if cc, ok := c.(ContextClassifier); ok {
		if ctx := ContextOf(e); !ctx.IsZero() {
			return cc.PredictIn(ctx, e.Text)
		}
	}
	return c.Predict(e.Text)
}

// TrainFunc trains a classifier on labelled examples; evaluation code takes
// one so it can cross-validate any kind of model. Classifiers that read an
// election context take it from each example (ContextOf); the others use
// the text and label alone.
type TrainFunc func(examples []corpus.Example) (Classifier, error)

// NaiveBayes adapts [Train] to a [TrainFunc], for cross-validation and the
// other evaluation code that takes one (like nbsvm.TrainFunc and
// baseline.TrainFunc for their models). An error names the statement by its
// id, or by its position when it has none.
func NaiveBayes(o Options) TrainFunc {
	return func(examples []corpus.Example) (Classifier, error) {
		m, err := TrainExamples(examples, o)
		if err != nil {
			return nil, err
		}
		return m, nil
	}
}

// TextsAndLabels splits examples into their texts and labels, for
// trainers that take them apart.
func TextsAndLabels(examples []corpus.Example) ([]string, []corpus.Label) {
	texts := make([]string, len(examples))
	labels := make([]corpus.Label, len(examples))
	for i, e := range examples {
		texts[i], labels[i] = e.Text, e.Label
	}
	return texts, labels
}
