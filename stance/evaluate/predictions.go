package evaluate

import (
	"errors"
	"fmt"
	"slices"

	"gonum.org/v1/gonum/mat"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// Predictions are a classifier's answers for a list of items together with
// the items' true labels: the input of every metric in this package.
// Build them with [NewPredictions], [Evaluate], [TrainTest] or
// [CrossValidate]; treat them as read-only.
type Predictions struct {
	// Labels are the classes in report order. True and Pred index it, and
	// so do the columns of Prob.
	Labels []corpus.Label
	// IDs identifies the items (corpus.Example.ID); it may be nil.
	IDs []string
	// True[i] is the index in Labels of item i's true label.
	True []int
	// Pred[i] is the index in Labels of the label predicted for item i.
	Pred []int
	// Prob is N×L: Prob.At(i, c) = P(Labels[c] | item i) as the classifier
	// reported it (0 for a label the classifier does not know).
	Prob *mat.Dense
	// Fold[i] is the cross-validation fold whose test part held item i, or
	// -1 for a fixed test set. It may be nil.
	Fold []int
	// Tags[i] are item i's tags (corpus.Example.Tags), scored tag by tag
	// by [PerTag]. It is nil when no item has a tag.
	Tags [][]string
}

// Len returns the number of items.
func (p *Predictions) Len() int { return len(p.True) }

// Confidence returns the probability of the predicted label of item i, the
// "top-label confidence" of calibration.
func (p *Predictions) Confidence(i int) float64 { return p.Prob.At(i, p.Pred[i]) }

// Correct reports whether item i was predicted correctly.
func (p *Predictions) Correct(i int) bool { return p.True[i] == p.Pred[i] }

// ErrMismatch is wrapped by errors about predictions that do not fit
// together: lengths, labels, or two prediction sets about different items.
var ErrMismatch = errors.New("evaluate: predictions do not match")

// NewPredictions pairs the true labels of items with a classifier's
// predictions for them. labels gives the classes in report order; every
// true and predicted label must be among them. Probabilities are taken with
// Prediction.ProbabilityOf, so the classifier's own label order does not
// matter.
func NewPredictions(labels []corpus.Label, truth []corpus.Label, preds []stance.Prediction) (*Predictions, error) {
	if len(truth) != len(preds) {
		return nil, fmt.Errorf("%w: %d true labels but %d predictions", ErrMismatch, len(truth), len(preds))
	}
	if len(labels) == 0 {
		return nil, fmt.Errorf("%w: no labels", ErrMismatch)
	}
	index := make(map[corpus.Label]int, len(labels))
	for i, l := range labels {
		if _, dup := index[l]; dup {
			return nil, fmt.Errorf("%w: label %q listed twice", ErrMismatch, l)
		}
		index[l] = i
	}
	n, L := len(truth), len(labels)
	p := &Predictions{
		Labels: slices.Clone(labels),
		True:   make([]int, n),
		Pred:   make([]int, n),
	}
	if n > 0 {
		p.Prob = mat.NewDense(n, L, nil)
	}
	for i := range truth {
		t, ok := index[truth[i]]
		if !ok {
			return nil, fmt.Errorf("%w: item %d: true label %q is not one of %v", ErrMismatch, i, truth[i], labels)
		}
		k, ok := index[preds[i].Label]
		if !ok {
			return nil, fmt.Errorf("%w: item %d: predicted label %q is not one of %v", ErrMismatch, i, preds[i].Label, labels)
		}
		p.True[i], p.Pred[i] = t, k
		for c, l := range labels {
			p.Prob.Set(i, c, preds[i].ProbabilityOf(l))
		}
	}
	return p, nil
}

// reportLabels returns first, then every label of extra not in first, in
// sorted order: the classifier's own order, then anything else seen.
func reportLabels(first []corpus.Label, extra ...[]corpus.Label) []corpus.Label {
	out := slices.Clone(first)
	var more []corpus.Label
	for _, ls := range extra {
		for _, l := range ls {
			if !slices.Contains(out, l) && !slices.Contains(more, l) {
				more = append(more, l)
			}
		}
	}
	slices.Sort(more)
	return append(out, more...)
}

func truthOf(exs []corpus.Example) []corpus.Label {
	out := make([]corpus.Label, len(exs))
	for i, e := range exs {
		out[i] = e.Label
	}
	return out
}

func predictedLabels(preds []stance.Prediction) []corpus.Label {
	out := make([]corpus.Label, len(preds))
	for i, p := range preds {
		out[i] = p.Label
	}
	return out
}

// Evaluate predicts every example with c and pairs the predictions with the
// examples' labels. When labels is nil the report order is c.Labels(),
// followed by any other label seen, sorted.
func Evaluate(c stance.Classifier, test []corpus.Example, labels []corpus.Label) (*Predictions, error) {
	if len(test) == 0 {
		return nil, errors.New("evaluate: no test examples")
	}
	preds := make([]stance.Prediction, len(test))
	idx := make([]int, len(test))
	for i := range idx {
		idx[i] = i
	}
	if err := predictSafely(c, test, idx, preds); err != nil {
		return nil, err
	}
	truth := truthOf(test)
	if labels == nil {
		labels = reportLabels(c.Labels(), truth, predictedLabels(preds))
	}
	p, err := NewPredictions(labels, truth, preds)
	if err != nil {
		return nil, err
	}
	p.IDs = make([]string, len(test))
	p.Fold = make([]int, len(test))
	p.Tags = tagsOf(test)
	for i, e := range test {
		p.IDs[i] = e.ID
		p.Fold[i] = -1
	}
	return p, nil
}

// TrainTest trains a classifier on train with fn and evaluates it on test.
func TrainTest(train, test []corpus.Example, fn stance.TrainFunc, labels []corpus.Label) (*Predictions, error) {
	c, err := trainSafely(fn, train)
	if err != nil {
		return nil, err
	}
	return Evaluate(c, test, labels)
}
