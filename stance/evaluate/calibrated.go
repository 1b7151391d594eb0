package evaluate

import (
	"errors"
	"fmt"
	"slices"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// SureThreshold is the top-label probability at and above which a wrong
// answer counts as a confident error in [ProbabilityScores].
const SureThreshold = 0.99

// ConfidentErrors returns the number of items predicted wrongly with a
// top-label probability of at least t: the answers a user would trust most
// and should not.
func ConfidentErrors(p *Predictions, t float64) int {
	n := 0
	for i := range p.True {
		if !p.Correct(i) && p.Confidence(i) >= t {
			n++
		}
	}
	return n
}

// ProbabilityScores measure how good a set of predictions' probabilities
// are, beside how often their labels are right.
type ProbabilityScores struct {
	ECE     float64 `json:"ece"`
	LogLoss float64 `json:"log_loss"`
	Brier   float64 `json:"brier"`
	// WrongSure counts the wrong answers given with probability at least
	// SureThreshold ([ConfidentErrors]).
	WrongSure   int   `json:"wrong_at_0_99"`
	Reliability []Bin `json:"reliability"`
}

// ProbabilityScoresOf returns the probability scores of p: [Calibration]
// with CalibrationBins bins, [LogLoss], [Brier] and [ConfidentErrors] at
// SureThreshold.
func ProbabilityScoresOf(p *Predictions) ProbabilityScores {
	ece, bins := Calibration(p, CalibrationBins)
	return ProbabilityScores{ECE: ece, LogLoss: LogLoss(p), Brier: Brier(p), WrongSure: ConfidentErrors(p, SureThreshold), Reliability: bins}
}

// CalibrationReport compares the probabilities of the same predictions
// before and after calibration. Temperature scaling keeps every predicted
// label, so accuracy and F1 are the same for both; only the probabilities
// differ.
type CalibrationReport struct {
	// Method names the calibration, e.g. "temperature scaling".
	Method string `json:"method"`
	// Temperatures are the fitted temperatures: one per cross-validation
	// fold, or one for a single model.
	Temperatures []float64         `json:"temperatures"`
	Raw          ProbabilityScores `json:"raw"`
	Calibrated   ProbabilityScores `json:"calibrated"`
}

// NewCalibrationReport compares raw and calibrated predictions of the same
// items. They must have the same labels, items and predicted labels.
func NewCalibrationReport(raw, calibrated *Predictions, temperatures []float64) (*CalibrationReport, error) {
	if raw == nil || calibrated == nil || raw.Len() == 0 {
		return nil, errors.New("evaluate: no predictions to compare calibrations on")
	}
	if !slices.Equal(raw.Labels, calibrated.Labels) || !slices.Equal(raw.True, calibrated.True) {
		return nil, fmt.Errorf("%w: raw and calibrated predictions are about different items or labels", ErrMismatch)
	}
	if !slices.Equal(raw.Pred, calibrated.Pred) {
		return nil, fmt.Errorf("%w: the calibration changed a predicted label", ErrMismatch)
	}
	return &CalibrationReport{Method: "temperature scaling", Temperatures: slices.Clone(temperatures),
		Raw: ProbabilityScoresOf(raw), Calibrated: ProbabilityScoresOf(calibrated)}, nil
}

// CalibratedCV is what [CrossValidateCalibrated] returns: out-of-fold
// predictions of the same models without and with their calibration.
type CalibratedCV struct {
	Raw, Calibrated *Predictions
	// Temperatures holds each fold's fitted temperature, in fold order.
	Temperatures []float64
}

// CrossValidateCalibrated runs k-fold cross-validation (folds as
// [CrossValidate]'s for cv) of models trained and calibrated by
// stance.TrainCalibrated with o and cal, and returns every item's
// out-of-fold prediction from each fold's model without and with its
// calibration. The calibration of each fold is fitted only on that fold's
// training part, by an inner cross-validation of it, so the test part plays
// no role in it: nested cross-validation, without leakage.
//
// Folds run one after another (each training uses every core); cv.Workers
// is ignored. The result depends only on examples, o, cal and cv.
func CrossValidateCalibrated(examples []corpus.Example, o stance.Options, cal stance.CalibrateOptions, cv CVOptions) (*CalibratedCV, error) {
	folds, err := Folds(examples, cv)
	if err != nil {
		return nil, err
	}
	raw := make([]stance.Prediction, len(examples))
	calibrated := make([]stance.Prediction, len(examples))
	foldOf := make([]int, len(examples))
	out := &CalibratedCV{Temperatures: make([]float64, len(folds))}
	var first []corpus.Label
	for f, fold := range folds {
		m, err := stance.TrainCalibrated(pick(examples, fold.Train), o, cal)
		if err != nil {
			return nil, fmt.Errorf("fold %d of %d: %w", f+1, len(folds), err)
		}
		c, _ := m.Calibration()
		out.Temperatures[f] = c.Temperature
		plain, err := m.WithCalibration(stance.Calibration{})
		if err != nil {
			return nil, err
		}
		for _, i := range fold.Test {
			raw[i], calibrated[i], foldOf[i] = stance.PredictExample(plain, examples[i]), stance.PredictExample(m, examples[i]), f
		}
		if f == 0 {
			first = m.Labels()
		}
		if cv.Progress != nil {
			cv.Progress(f+1, len(folds))
		}
	}
	truth := truthOf(examples)
	labels := cv.Labels
	if labels == nil {
		labels = reportLabels(first, truth, predictedLabels(raw))
	}
	ids := make([]string, len(examples))
	for i, e := range examples {
		ids[i] = e.ID
	}
	for _, set := range []struct {
		preds []stance.Prediction
		dst   **Predictions
	}{{raw, &out.Raw}, {calibrated, &out.Calibrated}} {
		p, err := NewPredictions(labels, truth, set.preds)
		if err != nil {
			return nil, err
		}
		p.Fold, p.IDs, p.Tags = foldOf, ids, tagsOf(examples)
		*set.dst = p
	}
	return out, nil
}

// writeCalibration writes the comparison of raw and calibrated
// probabilities, if any.
func (r *Report) writeCalibration(t *textWriter) {
	c := r.Calibration
	if c == nil {
		return
	}
	t.printf("\nCalibration: %s, %s\n\n%-22s %9s %11s\n", c.Method, temperatures(c.Temperatures), "", "raw", "calibrated")
	t.printf("%-22s %9.3f %11.3f\n", "ECE", c.Raw.ECE, c.Calibrated.ECE)
	t.printf("%-22s %9.3f %11.3f\n", "log loss", c.Raw.LogLoss, c.Calibrated.LogLoss)
	t.printf("%-22s %9.3f %11.3f\n", "Brier score", c.Raw.Brier, c.Calibrated.Brier)
	t.printf("%-22s %9d %11d\n", fmt.Sprintf("wrong at p ≥ %.2f", SureThreshold), c.Raw.WrongSure, c.Calibrated.WrongSure)
}

// temperatures words the fitted temperatures for the text report.
func temperatures(ts []float64) string {
	switch len(ts) {
	case 0:
		return "no temperature"
	case 1:
		return fmt.Sprintf("T = %.3f", ts[0])
	}
	var sum float64
	for _, v := range ts {
		sum += v
	}
	return fmt.Sprintf("T = %.3f to %.3f over %d folds (mean %.3f)", slices.Min(ts), slices.Max(ts), len(ts), sum/float64(len(ts)))
}
