package baseline

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"sort"

	"github.com/jbrukh/bayesian"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// Model is a trained jbrukh/bayesian classifier. Safe for concurrent use.
type Model struct {
	an      *tokenize.Analyzer
	labels  []corpus.Label
	classes []bayesian.Class
	c       *bayesian.Classifier // written only during Train; LogScores takes the library's read lock
}

// ErrTrain is wrapped by training errors, including contained panics.
var ErrTrain = errors.New("baseline training failed")

// Train trains the baseline on texts and their labels, tokenized with o.
// Labels are sorted.
func Train(texts []string, labels []corpus.Label, o tokenize.Options) (m *Model, err error) {
	if len(texts) != len(labels) {
		return nil, fmt.Errorf("%w: %d texts but %d labels", ErrTrain, len(texts), len(labels))
	}
	an, err := tokenize.New(o)
	if err != nil {
		return nil, err
	}
	set := map[corpus.Label]bool{}
	for _, l := range labels {
		if l == "" {
			return nil, fmt.Errorf("%w: empty label", ErrTrain)
		}
		set[l] = true
	}
	m = &Model{an: an}
	for l := range set {
		m.labels = append(m.labels, l)
	}
	sort.Slice(m.labels, func(i, j int) bool { return m.labels[i] < m.labels[j] })
	if len(m.labels) < 2 {
		return nil, fmt.Errorf("%w: need at least two labels, have %v", ErrTrain, m.labels)
	}
	for _, l := range m.labels {
		m.classes = append(m.classes, bayesian.Class(l))
	}
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("%w: jbrukh/bayesian panicked: %v", ErrTrain, r)
		}
	}()
	m.c = bayesian.NewClassifier(m.classes...)
	for i, t := range texts {
		m.c.Learn(words(an, t), bayesian.Class(labels[i]))
	}
	return m, nil
}

// TrainFunc adapts Train to stance.TrainFunc for cross-validation.
func TrainFunc(o tokenize.Options) stance.TrainFunc {
	return func(examples []corpus.Example) (stance.Classifier, error) {
		texts, labels := stance.TextsAndLabels(examples)
		return Train(texts, labels, o)
	}
}

func words(an *tokenize.Analyzer, text string) []string {
	fs := an.Features(text)
	out := make([]string, len(fs))
	for i, f := range fs {
		out[i] = f.Text
	}
	return out
}

// Labels implements stance.Classifier.
func (m *Model) Labels() []corpus.Label { return m.labels }

// Predict implements stance.Classifier. A panic inside the library yields a
// uniform prediction flagged NoFeatures rather than reaching the caller.
func (m *Model) Predict(text string) (p stance.Prediction) {
	doc := words(m.an, text)
	defer func() {
		if r := recover(); r != nil {
			u := make([]float64, len(m.labels))
			for i := range u {
				u[i] = 1 / float64(len(u))
			}
			p = stance.NewPrediction(m.labels, u)
			p.NoFeatures = true
		}
	}()
	scores, _, _ := m.c.LogScores(doc)
	probs := softmax(scores)
	p = stance.NewPrediction(m.labels, probs)
	p.Known = len(doc)
	p.NoFeatures = len(doc) == 0
	return p
}

func softmax(s []float64) []float64 {
	mx := slices.Max(s)
	out := make([]float64, len(s))
	var sum float64
	for i, v := range s {
		out[i] = math.Exp(v - mx)
		sum += out[i]
	}
	for i := range out {
		out[i] /= sum
	}
	return out
}
