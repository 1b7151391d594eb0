package main

import (
	"errors"
	"fmt"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
	"github.com/stancekit/stancekit/stance/evaluate/benchmark"
)

// checkCalibrate rejects -calibrate where it does not apply.
func (c *config) checkCalibrate() error {
	if !c.calibrate {
		return nil
	}
	switch {
	case c.ablation:
		return errors.New("-calibrate does not apply to -ablation")
	case c.modelFile == "" && c.kind != benchmark.Complement && c.kind != benchmark.Multinomial:
		return fmt.Errorf("-calibrate calibrates naive Bayes models (-kind complement or multinomial), not %s", c.kind)
	}
	return nil
}

// calibrateOptions are the options of the inner cross-validation that
// fits each temperature: -folds and -seed, grouped as the outer folds are
// (-group-by), or else by election when every statement names one (see
// stance.CalibrateOptions).
func (c *config) calibrateOptions() stance.CalibrateOptions {
	return stance.CalibrateOptions{Folds: c.folds, Seed: c.seed, Group: c.groupFunc()}
}

// groupFunc returns the -group-by key, or nil without -group-by.
func (c *config) groupFunc() func(corpus.Example) string {
	if c.groupBy == "" {
		return nil
	}
	field := c.groupBy
	return func(e corpus.Example) string { return e.Meta[field] }
}

// nbOptions returns the naive Bayes options of the flags.
func (c *config) nbOptions() stance.Options {
	o := benchmark.FromFlags(c.kind, c.opts, c.fs).Options
	o.Labels = c.labels
	return o
}

// calibrated makes the raw and calibrated predictions of -calibrate: of the
// saved model on -test (its own calibration against none), of a model
// trained and calibrated on the training data on -test, or by nested
// cross-validation.
func (e *evaluation) calibrated() (raw, cal *evaluate.Predictions, temps []float64, err error) {
	c := e.c
	if c.test == "" {
		cv := e.cvOptions("calibrated " + string(c.kind))
		out, err := evaluate.CrossValidateCalibrated(e.training, c.nbOptions(), c.calibrateOptions(), cv)
		if err != nil {
			return nil, nil, nil, err
		}
		return out.Raw, out.Calibrated, out.Temperatures, nil
	}
	m := e.saved
	if m == nil {
		if m, err = stance.TrainCalibrated(e.training, c.nbOptions(), c.calibrateOptions()); err != nil {
			return nil, nil, nil, fmt.Errorf("-calibrate: %w", err)
		}
	}
	t, ok := m.Calibration()
	if !ok {
		return nil, nil, nil, fmt.Errorf("-calibrate: -model %s has no calibration (train it with examples/train -calibrate)", c.modelFile)
	}
	plain, err := m.WithCalibration(stance.Calibration{})
	if err != nil {
		return nil, nil, nil, err
	}
	if raw, err = evaluate.Evaluate(plain, e.test, c.labels); err != nil {
		return nil, nil, nil, err
	}
	if cal, err = evaluate.Evaluate(m, e.test, c.labels); err != nil {
		return nil, nil, nil, err
	}
	return raw, cal, []float64{t.Temperature}, nil
}

// evaluateCalibrated is evaluate for -calibrate: the report of the
// calibrated predictions, with the comparison of raw and calibrated
// probabilities.
func (e *evaluation) evaluateCalibrated(ro evaluate.ReportOptions) (*evaluate.Predictions, *evaluate.Report, error) {
	raw, cal, temps, err := e.calibrated()
	if err != nil {
		return nil, nil, err
	}
	r, err := evaluate.NewReport(cal, ro)
	if err != nil {
		return nil, nil, err
	}
	if r.Calibration, err = evaluate.NewCalibrationReport(raw, cal, temps); err != nil {
		return nil, nil, err
	}
	return cal, r, nil
}

// chooseCalibratedThreshold chooses the abstention threshold of -abstain
// -calibrate -test on the calibrated out-of-fold probabilities of the
// training data, the probabilities the threshold will be compared with.
func (e *evaluation) chooseCalibratedThreshold() (evaluate.ThresholdChoice, error) {
	c := e.c
	out, err := evaluate.CrossValidateCalibrated(e.training, c.nbOptions(), c.calibrateOptions(), e.cvOptions(""))
	if err != nil {
		return evaluate.ThresholdChoice{}, err
	}
	return evaluate.PickThreshold(evaluate.RiskCoverage(out.Calibrated, nil), c.target)
}
