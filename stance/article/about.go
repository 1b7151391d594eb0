package article

import (
	_ "embed"
	"fmt"
	"math"
	"sync"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

//go:generate go run ./internal/genabout -out about.bin

// AboutJudge says whether a remark is about the election result: a
// two-label naive Bayes model (labels [AboutLabels]) and the probability of
// about_result from which a remark counts as about the result.
type AboutJudge struct {
	// Model is a calibrated model with the labels about_result and
	// off_topic, such as TrainAboutJudge makes.
	Model *stance.Model
	// Threshold is the least P(about_result | remark) of a remark about
	// the result.
	Threshold float64
}

// Judge returns whether text, in its election context, is about the result,
// and P(about_result | text). It is an [AboutResultFunc]. A judge without a
// model says every remark is about the result, with probability 1.
func (j AboutJudge) Judge(ctx stance.Context, text string) (about bool, probability float64) {
	if j.Model == nil {
		return true, 1
	}
	p := j.Model.PredictIn(ctx, text).ProbabilityOf(AboutResultLabel)
	return p >= j.Threshold, p
}

// aboutBin is the default judge's model, trained by trainDefaultAbout and
// stored in the compact encoding (stance.Model.EncodeCompact), so that a
// program decodes it on first use instead of retraining.
// TestDefaultAboutIsCurrent retrains it and fails if this file is stale;
// `go generate ./stance/article` rewrites it.
//
//go:embed about.bin
var aboutBin []byte

// DefaultAboutThreshold is the default judge's Threshold: the one with the
// highest macro-F1 over out-of-fold calibrated probabilities of
// [AboutCorpus], in nested cross-validation grouped by election and topic
// (see [CrossValidateAbout]; TestDefaultAboutIsCurrent recomputes it):
// macro-F1 0.878, off_topic precision 0.886 and recall 0.813, about_result
// precision 0.884 and recall 0.932 (0.872 macro-F1 at 0.5). The
// calibration was fitted to the corpus's mix of three about-result
// statements to two off-topic remarks; an article's mix differs, and the
// threshold is applied to the remark's run, not to a speaker.
const DefaultAboutThreshold = 0.55

var defaultAbout = sync.OnceValues(func() (*stance.Model, error) {
	m, err := stance.DecodeCompact(aboutBin)
	if err != nil {
		return nil, fmt.Errorf("the embedded about-result model: %w", err)
	}
	return m, nil
})

// DefaultAboutJudge returns the judge that [Reader] uses when its
// AboutResult is nil: a complement naive Bayes model trained with
// [AboutOptions] on [AboutCorpus] (3,060 stance statements against 2,000
// off-topic remarks) and calibrated by temperature scaling on out-of-fold
// scores grouped by election and topic, with [DefaultAboutThreshold]. The
// model is decoded once, on first use, from a copy embedded in the binary:
// programs that never judge a remark pay nothing. The error can only come
// from a broken build.
func DefaultAboutJudge() (AboutJudge, error) {
	m, err := defaultAbout()
	if err != nil {
		return AboutJudge{}, err
	}
	return AboutJudge{Model: m, Threshold: DefaultAboutThreshold}, nil
}

// aboutCalibration is how the default judge is calibrated, and the folds of
// its cross-validation: 10 folds, seed 1, grouped by election and topic
// (AboutCorpus's "group").
var aboutCalibration = stance.CalibrateOptions{Folds: 10, Seed: 1, Group: aboutGroup}

// trainDefaultAbout trains and calibrates the default judge's model.
func trainDefaultAbout() (*stance.Model, error) {
	return stance.TrainCalibrated(AboutCorpus(), AboutOptions(), aboutCalibration)
}

// EncodeDefaultAbout trains the default judge's model and returns its
// compact encoding, the content of the embedded about.bin. It exists for
// `go generate` and the test that checks the embedded copy; applications
// use [DefaultAboutJudge].
func EncodeDefaultAbout() ([]byte, error) {
	m, err := trainDefaultAbout()
	if err != nil {
		return nil, err
	}
	return m.EncodeCompact()
}

// AboutCV is what cross-validation says of an about-result judge at the
// threshold it chose.
type AboutCV struct {
	// Threshold is the least P(about_result) of a remark about the result
	// with the highest macro-F1; ties go to the threshold nearest 0.5.
	Threshold float64 `json:"threshold"`
	MacroF1   float64 `json:"macro_f1"`
	// Precision and Recall of each label at Threshold. The precision of
	// off_topic is the share of remarks judged off-topic that are: the
	// stances the judge does not wrongly take away.
	Precision map[corpus.Label]float64 `json:"precision"`
	Recall    map[corpus.Label]float64 `json:"recall"`
	// AtHalf is the macro-F1 at the threshold 0.5, for comparison.
	AtHalf float64 `json:"macro_f1_at_half"`
	Items  int     `json:"items"`
}

// CrossValidateAbout chooses an about-result judge's threshold by nested
// cross-validation: the examples are split into c.Folds folds (grouped by
// c.Group, which must be set), a model is trained and calibrated with
// stance.TrainCalibrated (inner folds of the same kind) on all but one
// fold, and it scores the left-out fold. Every probability is then from a
// model that saw neither the item nor its group, in training or in
// calibration. The threshold is the one of 0.01, 0.02, …, 0.99 with the
// highest macro-F1 over these probabilities. It depends only on the
// examples, o and c.
func CrossValidateAbout(examples []corpus.Example, o stance.Options, c stance.CalibrateOptions) (AboutCV, error) {
	if c.Group == nil {
		return AboutCV{}, fmt.Errorf("%w: CrossValidateAbout needs grouped folds", stance.ErrCalibration)
	}
	folds, err := corpus.GroupKFold(examples, c.Folds, c.Group, c.Seed)
	if err != nil {
		return AboutCV{}, fmt.Errorf("about-result cross-validation: %w", err)
	}
	p := make([]float64, len(examples))
	for k, f := range folds {
		part := make([]corpus.Example, len(f.Train))
		for j, i := range f.Train {
			part[j] = examples[i]
		}
		m, err := stance.TrainCalibrated(part, o, c)
		if err != nil {
			return AboutCV{}, fmt.Errorf("about-result cross-validation, fold %d of %d: %w", k+1, len(folds), err)
		}
		for _, i := range f.Test {
			p[i] = stance.PredictExample(m, examples[i]).ProbabilityOf(AboutResultLabel)
		}
	}
	about := make([]bool, len(examples))
	for i, e := range examples {
		about[i] = e.Label == AboutResultLabel
	}
	return chooseThreshold(p, about), nil
}

// chooseThreshold returns the threshold of 0.01 … 0.99 on p with the
// highest macro-F1 against about (ties to the one nearest 0.5), with its
// scores.
func chooseThreshold(p []float64, about []bool) AboutCV {
	var best AboutCV
	for step := 1; step <= 99; step++ {
		t := float64(step) / 100
		cv := scoreThreshold(p, about, t)
		if cv.MacroF1 > best.MacroF1 || (cv.MacroF1 == best.MacroF1 && math.Abs(t-0.5) < math.Abs(best.Threshold-0.5)) {
			best = cv
		}
	}
	best.AtHalf = scoreThreshold(p, about, 0.5).MacroF1
	return best
}

// scoreThreshold scores the decisions p[i] ≥ t against about: each label's
// precision and recall, and their macro-F1 (the mean of the two labels'
// F1 = 2PR/(P+R); a label never predicted has P = 0).
func scoreThreshold(p []float64, about []bool, t float64) AboutCV {
	var tp, fp, fn, tn float64 // about_result is the positive label
	for i, pi := range p {
		switch said := pi >= t; {
		case said && about[i]:
			tp++
		case said:
			fp++
		case about[i]:
			fn++
		default:
			tn++
		}
	}
	ratio := func(a, b float64) float64 {
		if b == 0 {
			return 0
		}
		return a / b
	}
	f1 := func(p, r float64) float64 { return ratio(2*p*r, p+r) }
	cv := AboutCV{Threshold: t, Items: len(p),
		Precision: map[corpus.Label]float64{AboutResultLabel: ratio(tp, tp+fp), corpus.OffTopic: ratio(tn, tn+fn)},
		Recall:    map[corpus.Label]float64{AboutResultLabel: ratio(tp, tp+fn), corpus.OffTopic: ratio(tn, tn+fp)},
	}
	cv.MacroF1 = (f1(cv.Precision[AboutResultLabel], cv.Recall[AboutResultLabel]) +
		f1(cv.Precision[corpus.OffTopic], cv.Recall[corpus.OffTopic])) / 2
	return cv
}

// CrossValidateDefaultAbout cross-validates the default judge's training
// (CrossValidateAbout on AboutCorpus with AboutOptions and the default's
// folds): its Threshold is DefaultAboutThreshold.
func CrossValidateDefaultAbout() (AboutCV, error) {
	return CrossValidateAbout(AboutCorpus(), AboutOptions(), aboutCalibration)
}
