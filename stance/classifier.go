package stance

import (
	"fmt"

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

// TrainFunc trains a classifier on examples; evaluation code takes one so it
// can cross-validate any kind of model.
type TrainFunc func(texts []string, labels []corpus.Label) (Classifier, error)

// NaiveBayes adapts [Train] to a [TrainFunc], for cross-validation and the
// other evaluation code that takes one (like nbsvm.TrainFunc and
// baseline.TrainFunc for their models). texts[i] has label labels[i]; an
// error names the statement by its position.
func NaiveBayes(o Options) TrainFunc {
	return func(texts []string, labels []corpus.Label) (Classifier, error) {
		if len(texts) != len(labels) {
			return nil, fmt.Errorf("%w: %d texts but %d labels", ErrOptions, len(texts), len(labels))
		}
		m, err := Train(func(yield func(corpus.Example, error) bool) {
			for i := range texts {
				if !yield(corpus.Example{Text: texts[i], Label: labels[i]}, nil) {
					return
				}
			}
		}, o)
		if err != nil {
			return nil, err
		}
		return m, nil
	}
}
