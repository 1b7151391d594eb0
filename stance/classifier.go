package stance

// Classifier is anything that labels statements: this package's models, the
// jbrukh/bayesian baseline in stance/baseline, or a later model, so that the
// evaluation can put them side by side.
type Classifier interface {
	Predict(text string) Prediction
	Labels() []Label
}

var _ Classifier = (*Model)(nil)

// TrainFunc trains a classifier on examples; evaluation code takes one so it
// can cross-validate any kind of model.
type TrainFunc func(texts []string, labels []Label) (Classifier, error)
