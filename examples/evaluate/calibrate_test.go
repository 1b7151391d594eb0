package main

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

type calibrationJSON struct {
	ECE         float64 `json:"ece"`
	LogLoss     float64 `json:"log_loss"`
	Calibration *struct {
		Method       string    `json:"method"`
		Temperatures []float64 `json:"temperatures"`
		Raw          struct {
			ECE       float64 `json:"ece"`
			LogLoss   float64 `json:"log_loss"`
			Brier     float64 `json:"brier"`
			WrongSure *int    `json:"wrong_at_0_99"`
		} `json:"raw"`
		Calibrated struct {
			ECE       float64 `json:"ece"`
			LogLoss   float64 `json:"log_loss"`
			WrongSure *int    `json:"wrong_at_0_99"`
		} `json:"calibrated"`
	} `json:"calibration"`
	Accuracy float64 `json:"accuracy"`
}

func calibrationOf(t *testing.T, out string) calibrationJSON {
	t.Helper()
	var r calibrationJSON
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	require.NotNil(t, r.Calibration, "a calibration section")
	require.NotNil(t, r.Calibration.Raw.WrongSure)
	require.NotNil(t, r.Calibration.Calibrated.WrongSure)
	return r
}

// -calibrate by leave-elections-out CV: one temperature per outer fold, the
// report's own probabilities are the calibrated ones, the labels are those
// of the uncalibrated run, and calibration helps.
func TestCalibrateCV(t *testing.T) {
	out, _, err := runArgs(t, false, "-corpus", "leaders", "-calibrate", "-group-by", "election", "-json")
	require.NoError(t, err)
	r := calibrationOf(t, out)
	c := r.Calibration
	assert.Equal(t, "temperature scaling", c.Method)
	assert.Len(t, c.Temperatures, 3)
	assert.Equal(t, c.Calibrated.ECE, r.ECE)
	assert.Less(t, c.Calibrated.ECE, c.Raw.ECE)
	assert.Less(t, c.Calibrated.LogLoss, c.Raw.LogLoss)
	assert.Less(t, *c.Calibrated.WrongSure, *c.Raw.WrongSure)

	plain, _, err := runArgs(t, false, "-corpus", "leaders", "-group-by", "election", "-json")
	require.NoError(t, err)
	var p calibrationJSON
	require.NoError(t, json.Unmarshal([]byte(plain), &p))
	assert.Nil(t, p.Calibration)
	assert.Equal(t, p.Accuracy, r.Accuracy, "calibration keeps every label")
	assert.Equal(t, p.LogLoss, c.Raw.LogLoss, "the raw probabilities are the uncalibrated run's")

	text, _, err := runArgs(t, false, "-corpus", "leaders", "-calibrate", "-plot", t.TempDir())
	require.NoError(t, err)
	assert.Contains(t, text, "Calibration: temperature scaling, T = ")
	assert.Contains(t, text, "wrong at p ≥ 0.99")
}

// -calibrate -test trains and calibrates on the training file; -model
// compares a saved calibrated model with its uncalibrated self, which is
// the same model.
func TestCalibrateTestAndSaved(t *testing.T) {
	train, test := writeSplit(t)
	out, _, err := runArgs(t, false, "-calibrate", "-train", train, "-test", test, "-json", "-abstain")
	require.NoError(t, err)
	r := calibrationOf(t, out)
	require.Len(t, r.Calibration.Temperatures, 1)

	exs, err := corpus.ReadAll(corpus.ReadFile(train, corpus.ReadOptions{}))
	require.NoError(t, err)
	m, err := stance.TrainCalibrated(exs, stance.LeaderOptions(), stance.CalibrateOptions{Folds: 3, Seed: 1})
	require.NoError(t, err)
	cal, _ := m.Calibration()
	assert.Equal(t, cal.Temperature, r.Calibration.Temperatures[0], "-folds and -seed reach the inner cross-validation")
	path := filepath.Join(t.TempDir(), "model.json")
	require.NoError(t, m.SaveFile(path))
	saved, _, err := runArgs(t, false, "-calibrate", "-model", path, "-test", test, "-json")
	require.NoError(t, err)
	s := calibrationOf(t, saved)
	assert.Equal(t, r.Calibration, s.Calibration)

	plain, err := m.WithCalibration(stance.Calibration{})
	require.NoError(t, err)
	require.NoError(t, plain.SaveFile(path))
	_, _, err = runArgs(t, false, "-calibrate", "-model", path, "-test", test)
	assert.ErrorContains(t, err, "has no calibration")
}

func TestCalibrateErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-calibrate", "-kind", "nbsvm"}, "-calibrate calibrates naive Bayes models"},
		{[]string{"-calibrate", "-ablation"}, "-calibrate does not apply to -ablation"},
	} {
		_, _, err := runArgs(t, false, tc.args...)
		assert.ErrorContains(t, err, tc.want)
	}
}
