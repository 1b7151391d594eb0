package evaluate

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func TestConfidentErrors(t *testing.T) {
	labels := []corpus.Label{"a", "b"}
	preds := []stance.Prediction{
		stance.NewPrediction(labels, []float64{0.995, 0.005}), // wrong, sure
		stance.NewPrediction(labels, []float64{0.99, 0.01}),   // wrong, at the threshold
		stance.NewPrediction(labels, []float64{0.9, 0.1}),     // wrong, unsure
		stance.NewPrediction(labels, []float64{0.001, 0.999}), // right, sure
	}
	p, err := NewPredictions(labels, []corpus.Label{"b", "b", "b", "b"}, preds)
	require.NoError(t, err)
	assert.Equal(t, 2, ConfidentErrors(p, 0.99))
	assert.Equal(t, 3, ConfidentErrors(p, 0.5))
	assert.Equal(t, 0, ConfidentErrors(p, 1))
	s := ProbabilityScoresOf(p)
	assert.Equal(t, 2, s.WrongSure)
	assert.InDelta(t, LogLoss(p), s.LogLoss, 0)
}

func TestNewCalibrationReportChecks(t *testing.T) {
	labels := []corpus.Label{"a", "b"}
	mk := func(truth corpus.Label, probs ...float64) *Predictions {
		p, err := NewPredictions(labels, []corpus.Label{truth}, []stance.Prediction{stance.NewPrediction(labels, probs)})
		require.NoError(t, err)
		return p
	}
	_, err := NewCalibrationReport(mk("a", 0.9, 0.1), mk("a", 0.2, 0.8), nil)
	assert.ErrorIs(t, err, ErrMismatch, "a changed label")
	_, err = NewCalibrationReport(mk("a", 0.9, 0.1), mk("b", 0.6, 0.4), nil)
	assert.ErrorIs(t, err, ErrMismatch, "other items")
	r, err := NewCalibrationReport(mk("a", 0.99, 0.01), mk("a", 0.7, 0.3), []float64{2})
	require.NoError(t, err)
	assert.InDelta(t, 0.01, r.Raw.ECE, 1e-12)
	assert.InDelta(t, 0.3, r.Calibrated.ECE, 1e-12)
}

// Nested calibration: each outer fold's raw predictions are exactly those of
// plain cross-validation of the same options on the same folds (the
// calibrated model is the same counts), the labels do not change, and the
// probabilities of complement NB become better calibrated.
func TestCrossValidateCalibrated(t *testing.T) {
	var ex []corpus.Example
	for i, e := range corpus.Leaders() {
		if i%3 == 0 {
			ex = append(ex, e)
		}
	}
	o := stance.LeaderOptions()
	cv := CVOptions{Folds: 4, Seed: 7, Group: corpus.Example.Election}
	var progress []int
	cv.Progress = func(done, _ int) { progress = append(progress, done) }
	got, err := CrossValidateCalibrated(ex, o, stance.CalibrateOptions{Folds: 3}, cv)
	require.NoError(t, err)
	assert.Equal(t, []int{1, 2, 3, 4}, progress)
	cv.Progress = nil
	plain, err := CrossValidate(ex, stance.NaiveBayes(o), cv)
	require.NoError(t, err)
	assert.Equal(t, plain.Prob.RawMatrix().Data, got.Raw.Prob.RawMatrix().Data)
	assert.Equal(t, plain.Fold, got.Raw.Fold)
	assert.Equal(t, got.Raw.Pred, got.Calibrated.Pred)
	require.Len(t, got.Temperatures, 4)
	for _, T := range got.Temperatures {
		assert.Greater(t, T, 1.0)
	}
	r, err := NewCalibrationReport(got.Raw, got.Calibrated, got.Temperatures)
	require.NoError(t, err)
	assert.Less(t, r.Calibrated.ECE, r.Raw.ECE)
	assert.Less(t, r.Calibrated.LogLoss, r.Raw.LogLoss)
	assert.Less(t, r.Calibrated.WrongSure, r.Raw.WrongSure)

	rep, err := NewReport(got.Calibrated, ReportOptions{Bootstrap: BootstrapOptions{Resamples: 20}})
	require.NoError(t, err)
	rep.Calibration = r
	text := rep.String()
	assert.Contains(t, text, "\nCalibration: temperature scaling, T = ")
	assert.Contains(t, text, "over 4 folds")
	assert.Contains(t, text, "wrong at p ≥ 0.99")
	b, err := json.Marshal(rep)
	require.NoError(t, err)
	var back struct {
		Calibration struct {
			Temperatures []float64
			Raw          struct{ ECE float64 }
			Calibrated   struct {
				WrongSure *int `json:"wrong_at_0_99"`
			}
		}
	}
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, got.Temperatures, back.Calibration.Temperatures)
	assert.InDelta(t, r.Raw.ECE, back.Calibration.Raw.ECE, 1e-15)
	require.NotNil(t, back.Calibration.Calibrated.WrongSure)
	assert.False(t, strings.Contains(string(b), `"calibration":null`))
}
