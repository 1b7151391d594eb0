package evaluate

import (
	"errors"
	"fmt"
	"runtime"
	"sync"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// CVOptions configure cross-validation.
type CVOptions struct {
	// Folds is the number of folds k; 0 means 10.
	Folds int
	// Seed seeds the assignment of examples to folds; 0 means
	// [DefaultSeed].
	Seed uint64
	// Group, when set, makes the cross-validation grouped: every example
	// with the same key is in the test part of the same fold
	// (corpus.GroupKFold), so that, with corpus.Example.Election, each
	// fold is tested on elections it was not trained on. When nil, the
	// folds are stratified by label (corpus.StratifiedKFold).
	Group func(corpus.Example) string
	// Labels is the report order of the labels. When nil it is the first
	// fold's classifier's Labels(), then any other label seen, sorted.
	Labels []corpus.Label
	// Workers is the number of folds trained at once; 0 means GOMAXPROCS.
	// The result does not depend on it.
	Workers int
	// Progress, when set, is called after each fold with the number of
	// folds done so far, from one goroutine at a time.
	Progress func(done, total int)
}

// Folds returns the folds CrossValidate uses for examples and o.
func Folds(examples []corpus.Example, o CVOptions) ([]corpus.Fold, error) {
	k := o.Folds
	if k == 0 {
		k = 10
	}
	if o.Group != nil {
		for _, e := range examples {
			if o.Group(e) == "" {
				return nil, fmt.Errorf("evaluate: grouped cross-validation: example %s has no group key", e.ID)
			}
		}
		return corpus.GroupKFold(examples, k, o.Group, seedOr(o.Seed))
	}
	return corpus.StratifiedKFold(examples, k, seedOr(o.Seed))
}

// CrossValidate runs k-fold cross-validation: for each fold it trains a
// classifier with train on the fold's training part and predicts the
// fold's test part, so that every example is predicted exactly once by a
// classifier that never saw it. It returns these out-of-fold predictions,
// pooled, in the order of examples (Predictions.Fold says which fold
// predicted each); compute metrics on them with [Compute] or [NewReport].
//
// Folds are trained and predicted in parallel, each writing only its own
// items, so the result is identical to a sequential run. A training error,
// or a panic inside train, is returned naming its fold (the lowest-numbered
// failing fold, whatever the schedule).
func CrossValidate(examples []corpus.Example, train stance.TrainFunc, o CVOptions) (*Predictions, error) {
	if train == nil {
		return nil, errors.New("evaluate: nil TrainFunc")
	}
	folds, err := Folds(examples, o)
	if err != nil {
		return nil, err
	}
	preds := make([]stance.Prediction, len(examples))
	foldOf := make([]int, len(examples))
	errs := make([]error, len(folds))
	var firstLabels []corpus.Label

	workers := o.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	workers = min(workers, len(folds))
	next := make(chan int)
	var mu sync.Mutex
	done := 0
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for f := range next {
				c, err := trainSafely(train, pick(examples, folds[f].Train))
				if err == nil {
					err = predictSafely(c, examples, folds[f].Test, preds)
				}
				if err != nil {
					errs[f] = fmt.Errorf("fold %d of %d: %w", f+1, len(folds), err)
				}
				for _, i := range folds[f].Test {
					foldOf[i] = f
				}
				mu.Lock()
				if f == 0 && c != nil {
					firstLabels = c.Labels()
				}
				done++
				if o.Progress != nil {
					o.Progress(done, len(folds))
				}
				mu.Unlock()
			}
		})
	}
	for f := range folds {
		next <- f
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	truth := truthOf(examples)
	labels := o.Labels
	if labels == nil {
		labels = reportLabels(firstLabels, truth, predictedLabels(preds))
	}
	p, err := NewPredictions(labels, truth, preds)
	if err != nil {
		return nil, err
	}
	p.Fold = foldOf
	p.Tags = tagsOf(examples)
	p.IDs = make([]string, len(examples))
	for i, e := range examples {
		p.IDs[i] = e.ID
	}
	return p, nil
}

func pick(examples []corpus.Example, idx []int) []corpus.Example {
	out := make([]corpus.Example, len(idx))
	for j, i := range idx {
		out[j] = examples[i]
	}
	return out
}

// trainSafely calls fn on examples and turns a panic into an error.
func trainSafely(fn stance.TrainFunc, examples []corpus.Example) (c stance.Classifier, err error) {
	if fn == nil {
		return nil, errors.New("evaluate: nil TrainFunc")
	}
	defer func() {
		if r := recover(); r != nil {
			c, err = nil, fmt.Errorf("training panicked: %v", r)
		}
	}()
	c, err = fn(examples)
	if err == nil && c == nil {
		err = errors.New("TrainFunc returned no classifier and no error")
	}
	return c, err
}

// predictSafely predicts examples[i] for every i in idx into out[i] and
// turns a panic into an error.
func predictSafely(c stance.Classifier, examples []corpus.Example, idx []int, out []stance.Prediction) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("prediction panicked: %v", r)
		}
	}()
	for _, i := range idx {
		out[i] = stance.PredictExample(c, examples[i])
	}
	return nil
}
