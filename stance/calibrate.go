package stance

import (
	"errors"
	"fmt"
	"math"
	"slices"

	"github.com/stancekit/stancekit/corpus"
)

// Calibration maps a model's scores to probabilities that mean what they
// say: among the statements given probability 0.8, about 80 % right.
// Complement naive Bayes adds up the evidence of every feature as if the
// features were independent, so its softmax is far too sure (probability
// 1.00 on wrong answers); one temperature fitted on held-out statements
// undoes most of that.
//
// Temperature scaling (Guo, Pleiss, Sun & Weinberger 2017, "On calibration
// of modern neural networks", §4.2) divides every score by T > 0 before the
// softmax:
//
//	P(c|x) = exp(score(c)/T) / Σ_c' exp(score(c')/T)
//
// T > 1 softens the probabilities, T < 1 sharpens them. Dividing every
// score by the same positive number keeps their order, so the predicted
// label never changes: only the probabilities do (and with them abstention,
// which compares probabilities). The zero Calibration is no calibration
// (T = 1).
//
// # The VADER term
//
// A model whose labels are corpus.Positive and corpus.Negative may also
// have a VADER term: the weight w of VADER's compound score v(x) in [−1, 1]
// ([VADERCompound]) and a bias b, added to the log-odds,
//
//	log(P(positive|x) / P(negative|x)) = (score(positive) − score(negative))/T + w·v(x) + b
//
// which is stacking (Wolpert 1992) with a logistic combiner: naive Bayes
// brings the words of its training data, VADER the rules naive Bayes
// lacks (negation, "but", intensifiers, capitals, "!") and a lexicon for
// words the data never had. The three numbers are fitted together by
// logistic regression on out-of-fold scores (CalibrateOptions.VADER). With
// a term the label can change: it is the more probable label under this
// formula. Its weights are saved with the model.
type Calibration struct {
	// Temperature is T, a finite number > 0.
	Temperature float64 `json:"temperature"`
	// VADER is w, the weight of VADER's compound score; Bias is b. Both 0:
	// no VADER term. Both must be finite.
	VADER float64 `json:"vader,omitempty"`
	Bias  float64 `json:"bias,omitempty"`
}

// ErrCalibration is wrapped by errors about an invalid calibration or the
// data to fit one on.
var ErrCalibration = errors.New("invalid calibration")

// Validate reports whether c can be applied: T must be finite and > 0. The
// zero Calibration (none) is valid.
func (c Calibration) Validate() error {
	if c == (Calibration{}) {
		return nil
	}
	if !(c.Temperature > 0) || math.IsInf(c.Temperature, 0) {
		return fmt.Errorf("%w: temperature %v (want a finite number > 0)", ErrCalibration, c.Temperature)
	}
	if math.IsNaN(c.VADER) || math.IsInf(c.VADER, 0) || math.IsNaN(c.Bias) || math.IsInf(c.Bias, 0) {
		return fmt.Errorf("%w: VADER weight %v, bias %v (want finite numbers)", ErrCalibration, c.VADER, c.Bias)
	}
	return nil
}

// checkCalibration reports whether c can be applied to m: valid, and a
// VADER term only on a positive/negative model.
func (m *Model) checkCalibration(c Calibration) error {
	if err := c.Validate(); err != nil {
		return err
	}
	if c.hasVADER() {
		if _, _, err := polarityIndex(m.labels); err != nil {
			return err
		}
	}
	return nil
}

// temperature returns T, 1 for the zero Calibration.
func (c Calibration) temperature() float64 {
	if c.Temperature == 0 {
		return 1
	}
	return c.Temperature
}

// Calibration returns the model's calibration and whether it has one.
func (m *Model) Calibration() (Calibration, bool) { return m.calib, m.calib != (Calibration{}) }

// WithCalibration returns a model that shares m's counts and abstention
// thresholds and applies c to its probabilities; the zero Calibration gives
// the uncalibrated model (raw softmax of the scores). To fit c, use
// [Calibrate] or [TrainCalibrated].
func (m *Model) WithCalibration(c Calibration) (*Model, error) {
	if err := m.checkCalibration(c); err != nil {
		return nil, err
	}
	n := m.clone()
	n.setCalibration(c)
	return n, nil
}

// setCalibration stores c, which checkCalibration accepted, the factor
// 1/T that prediction multiplies the scores by (0: none) and the index of
// the label a VADER term adds to.
func (m *Model) setCalibration(c Calibration) {
	m.calib = c
	m.invT = 0
	if c != (Calibration{}) {
		m.invT = 1 / c.Temperature
	}
	m.vaderPos, _, _ = polarityIndex(m.labels)
}

// rawScores appends to dst the model's raw score(c) of e for every label c,
// in the order of m.Labels(), in e's election context: the numbers a
// calibration is fitted to. It is
// the one place where calibration turns an example into scores.
func rawScores(m *Model, e corpus.Example, dst []float64) []float64 {
	s := m.pool.Get().(*predictScratch)
	m.score(s, ContextOf(e), e.Text)
	dst = append(dst, s.scores...)
	m.pool.Put(s)
	return dst
}

// heldOut holds the raw scores of held-out examples, row i holding item
// i's score of every label, and each item's true label.
type heldOut struct {
	labels []corpus.Label
	scores []float64 // N × L
	truth  []int
}

func newHeldOut(labels []corpus.Label, n int) *heldOut {
	return &heldOut{labels: labels, scores: make([]float64, n*len(labels)), truth: make([]int, n)}
}

// set scores example e as item i with model m, whose labels must be
// h.labels. name names e in errors.
func (h *heldOut) set(i int, m *Model, e corpus.Example, name string) error {
	y := slices.Index(h.labels, e.Label)
	if y < 0 {
		return fmt.Errorf("%w: example %s: label %q is not one of the model's (%s)", ErrLabel, name, e.Label, joinLabels(h.labels))
	}
	L := len(h.labels)
	row := rawScores(m, e, h.scores[i*L:i*L])
	if math.IsInf(row[y], -1) {
		return fmt.Errorf("%w: example %s: label %q had no training statements, so the model cannot predict it", ErrCalibration, name, e.Label)
	}
	h.truth[i] = y
	return nil
}

// Calibrate fits a temperature to m's raw scores of the held-out examples
// (statements m was not trained on, with their true labels) and returns a
// copy of m that applies it; m is unchanged. Every example's label must be
// one of m's. The fit and its bounds are described at [TrainCalibrated].
//
// Calibrate on statements the model has not seen: on its own training
// data a naive Bayes model looks more accurate than it is, and the fitted
// temperature would be too low. [TrainCalibrated] gets held-out scores for
// every statement of a corpus by cross-validation.
func Calibrate(m *Model, heldOutExamples []corpus.Example) (*Model, error) {
	if len(heldOutExamples) == 0 {
		return nil, fmt.Errorf("%w: no held-out examples", ErrCalibration)
	}
	h := newHeldOut(m.labels, len(heldOutExamples))
	for i, e := range heldOutExamples {
		if err := h.set(i, m, e, exampleName(e, i+1)); err != nil {
			return nil, err
		}
	}
	return m.WithCalibration(Calibration{Temperature: fitTemperature(h)})
}

// CalibrateOptions configure [TrainCalibrated].
type CalibrateOptions struct {
	// Folds is the number of cross-validation folds k that give the
	// out-of-fold scores; 0 means 10.
	Folds int
	// Seed seeds the assignment of examples to folds; 0 means 1, the
	// programs' default -seed.
	Seed uint64
	// Group, when set, keeps every example with the same key in the same
	// fold (corpus.GroupKFold). When nil, examples are grouped by
	// election (corpus.Example.Election) if every one of them names one,
	// so that each statement is scored by a model that never saw its
	// election, as the model will meet new elections; otherwise the
	// folds are stratified by label (corpus.StratifiedKFold).
	Group func(corpus.Example) string
	// Always are examples added to the training part of every fold and to
	// the model trained on every example, and never held out: a prior in
	// the form of virtual statements, such as a sentiment lexicon's
	// (sentiment.LexiconExamples), which is part of every model and is not
	// data to score.
	Always []corpus.Example
	// VADER fits a VADER term (see [Calibration]) with the temperature:
	// logistic regression of the labels on the out-of-fold log-odds and
	// VADER's compound score of each statement. The labels must be
	// corpus.Positive and corpus.Negative.
	VADER bool
}

// TrainCalibrated trains a model on examples with o and calibrates it on
// out-of-fold scores: it trains k models, each on all but one fold, scores
// the left-out fold with each, fits one temperature to the pooled scores,
// and attaches it to the model trained on every example. So every score the
// temperature is fitted to comes from a model that did not see the
// statement. The result is the model [TrainExamples] returns for examples
// (and c.Always) and o, with a [Calibration]; it depends only on the
// examples, o and c.
//
// # The fit
//
// T minimises the negative log-likelihood of the true labels y_i of the N
// pooled items, whose raw scores are s_i(c):
//
//	NLL(β) = Σ_i [ log Σ_c exp(β·s_i(c)) − β·s_i(y_i) ],   β = 1/T
//
// NLL is convex in β (a log-sum-exp of linear functions minus a linear
// one), with
//
//	NLL′(β) = Σ_i ( E_i[s] − s_i(y_i) ),   NLL″(β) = Σ_i Var_i[s] ≥ 0,
//
// where E_i and Var_i are the mean and variance of s_i(c) under the
// calibrated probabilities P_β(c|x_i). NLL′ rises with β, so its root is
// bracketed and found by Newton's method safeguarded by bisection (Press et
// al., Numerical Recipes, "rtsafe"), bisecting log β, to a relative
// precision of 1e-12: a deterministic result in a few dozen steps. β is
// confined to [1/maxTemperature, 1/minTemperature]: a held-out set that
// the model gets entirely right pushes T toward 0 (every probability 1),
// one on which its scores carry no information pushes T toward ∞ (uniform
// probabilities); the fit then stops at the bound.
func TrainCalibrated(examples []corpus.Example, o Options, c CalibrateOptions) (*Model, error) {
	full, err := TrainExamples(slices.Concat(examples, c.Always), o)
	if err != nil {
		return nil, err
	}
	folds, err := calibrationFolds(examples, c)
	if err != nil {
		return nil, err
	}
	// Every fold model gets the full model's labels, in its order, so that
	// a fold lacking a label still scores rows of the same shape.
	fo := o
	fo.Labels = full.labels
	h := newHeldOut(full.labels, len(examples))
	for k, f := range folds {
		part := make([]corpus.Example, len(f.Train), len(f.Train)+len(c.Always))
		for j, i := range f.Train {
			part[j] = examples[i]
		}
		part = append(part, c.Always...)
		fm, err := TrainExamples(part, fo)
		if err != nil {
			return nil, fmt.Errorf("calibration fold %d of %d: %w", k+1, len(folds), err)
		}
		for _, i := range f.Test {
			if err := h.set(i, fm, examples[i], exampleName(examples[i], i+1)); err != nil {
				return nil, fmt.Errorf("calibration fold %d of %d: %w", k+1, len(folds), err)
			}
		}
	}
	if !c.VADER {
		return full.WithCalibration(Calibration{Temperature: fitTemperature(h)})
	}
	v := make([]float64, len(examples))
	for i, e := range examples {
		v[i] = VADERCompound(e.Text)
	}
	cal, err := fitVADER(h, v)
	if err != nil {
		return nil, err
	}
	return full.WithCalibration(cal)
}

// calibrationFolds returns the folds of TrainCalibrated (see
// CalibrateOptions).
func calibrationFolds(examples []corpus.Example, c CalibrateOptions) ([]corpus.Fold, error) {
	k, seed := c.Folds, c.Seed
	if k == 0 {
		k = 10
	}
	if seed == 0 {
		seed = 1
	}
	if k < 2 {
		return nil, fmt.Errorf("%w: %d folds (want at least 2)", ErrCalibration, k)
	}
	group := c.Group
	if group == nil && !slices.ContainsFunc(examples, func(e corpus.Example) bool { return e.Election() == "" }) {
		group = corpus.Example.Election
	}
	var folds []corpus.Fold
	var err error
	if group != nil {
		folds, err = corpus.GroupKFold(examples, k, group, seed)
	} else {
		folds, err = corpus.StratifiedKFold(examples, k, seed)
	}
	if err != nil {
		return nil, fmt.Errorf("%w: calibration folds: %w", ErrCalibration, err)
	}
	return folds, nil
}

// The bounds of a fitted temperature (see TrainCalibrated).
const (
	minTemperature = 1e-3
	maxTemperature = 1e3
)

// fitTemperature returns the T in [minTemperature, maxTemperature] that
// minimises the negative log-likelihood of h (see TrainCalibrated).
func fitTemperature(h *heldOut) float64 {
	lo, hi := 1/maxTemperature, 1/minTemperature // bracket of β = 1/T
	if g, _ := h.nllSlope(lo); g >= 0 {
		return maxTemperature
	}
	if g, _ := h.nllSlope(hi); g <= 0 {
		return minTemperature
	}
	beta := 1.0 // T = 1, the raw model, is inside the bracket
	for range 200 {
		g, curv := h.nllSlope(beta)
		if g == 0 {
			break
		}
		if g < 0 {
			lo = beta
		} else {
			hi = beta
		}
		next := beta - g/curv
		if !(curv > 0) || !(next > lo && next < hi) {
			next = math.Sqrt(lo * hi) // bisect log β
		}
		done := math.Abs(next-beta) <= 1e-12*beta || hi-lo <= 1e-12*lo
		beta = next
		if done {
			break
		}
	}
	return 1 / beta
}

// nllSlope returns NLL′(β) and NLL″(β) of h, each divided by the number of
// items (see TrainCalibrated). Scores are taken relative to each row's
// maximum, which leaves P_β unchanged and keeps exp from overflowing; a
// score of −Inf (a label the model cannot predict) has probability 0 and
// is skipped.
func (h *heldOut) nllSlope(beta float64) (slope, curvature float64) {
	L := len(h.labels)
	for i, y := range h.truth {
		row := h.scores[i*L : i*L+L]
		top := slices.Max(row)
		var z, mean, sq float64
		for _, s := range row {
			if math.IsInf(s, -1) {
				continue
			}
			d := s - top
			w := math.Exp(beta * d)
			z += w
			mean += w * d
			sq += w * d * d
		}
		mean /= z
		slope += mean - (row[y] - top)
		curvature += max(sq/z-mean*mean, 0)
	}
	n := float64(len(h.truth))
	return slope / n, curvature / n
}
