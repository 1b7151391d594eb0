package evaluate

import (
	"errors"
	"fmt"
	"slices"

	"github.com/stancekit/stancekit/corpus"
	"gonum.org/v1/gonum/mat"
	"gonum.org/v1/gonum/stat"
)

// Measure is one number that scores a confusion matrix (rows true labels,
// columns predicted, both in the order of labels); higher is better. A
// benchmark reports one and model selection maximises one, so both take it
// as a value.
type Measure struct {
	// Name identifies the measure in reports, e.g. "accuracy".
	Name string
	// Of returns the score of conf.
	Of func(labels []corpus.Label, conf mat.Matrix) float64
}

// AccuracyMeasure returns the measure [Accuracy].
func AccuracyMeasure() Measure {
	return Measure{Name: "accuracy", Of: func(_ []corpus.Label, conf mat.Matrix) float64 { return Accuracy(conf) }}
}

// MacroF1Measure returns the measure macro-F1, the unweighted mean of every
// label's F1 (see [ClassScore] and [Compute]).
func MacroF1Measure() Measure {
	return Measure{Name: "macro_f1", Of: func(labels []corpus.Label, conf mat.Matrix) float64 {
		var sum float64
		scores := PerClass(labels, conf)
		for _, s := range scores {
			sum += s.F1
		}
		return ratio(sum, float64(len(scores)))
	}}
}

// MeanF1Measure returns the measure (F1(l₁) + … + F1(lₖ)) / k over the
// given labels only, named name. SemEval-2016 Task 6's official F_avg is
// the mean F1 of FAVOR and AGAINST: NONE is predicted and counted, but its
// F1 is not averaged. A label missing from a report's labels scores 0.
func MeanF1Measure(name string, over ...corpus.Label) Measure {
	over = slices.Clone(over)
	return Measure{Name: name, Of: func(labels []corpus.Label, conf mat.Matrix) float64 {
		scores := PerClass(labels, conf)
		var sum float64
		for _, l := range over {
			if i := slices.Index(labels, l); i >= 0 && i < len(scores) {
				sum += scores[i].F1
			}
		}
		return ratio(sum, float64(len(over)))
	}}
}

// FoldScores are a measure's values on the folds of a cross-validation.
type FoldScores struct {
	// Mean is the mean over folds.
	Mean float64
	// Std is the population standard deviation over folds (ddof = 0), as
	// the sentiment benchmarks report it.
	Std float64
	// Folds holds the value of every fold, in fold order.
	Folds []float64
}

// PerFold returns measure m on each fold of out-of-fold predictions (from
// [CrossValidate], or any Predictions whose Fold numbers the folds 0 to
// k−1), with their mean and standard deviation: the protocol of
// benchmarks that report the mean of fold accuracies (Wang & Manning 2012)
// rather than the pooled value that [Compute] gives.
func PerFold(p *Predictions, m Measure) (FoldScores, error) {
	if p.Fold == nil {
		return FoldScores{}, errors.New("evaluate: per-fold scores of predictions without folds")
	}
	k := 0
	for i, f := range p.Fold {
		if f < 0 {
			return FoldScores{}, fmt.Errorf("evaluate: per-fold scores: item %d is not in a fold", i)
		}
		k = max(k, f+1)
	}
	L := len(p.Labels)
	confs := make([]*mat.Dense, k)
	for f := range confs {
		confs[f] = mat.NewDense(L, L, nil)
	}
	for i, f := range p.Fold {
		confs[f].Set(p.True[i], p.Pred[i], confs[f].At(p.True[i], p.Pred[i])+1)
	}
	out := FoldScores{Folds: make([]float64, k)}
	for f, conf := range confs {
		if mat.Sum(conf) == 0 {
			return FoldScores{}, fmt.Errorf("evaluate: per-fold scores: fold %d has no items", f)
		}
		out.Folds[f] = m.Of(p.Labels, conf)
	}
	out.Mean, out.Std = stat.PopMeanStdDev(out.Folds, nil)
	return out, nil
}
