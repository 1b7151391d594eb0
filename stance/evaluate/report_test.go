package evaluate

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), string(got), "%s differs; if the change is intended, run go test ./stance/evaluate -update", path)
}

// graded returns the items of handMatrix with varied confidences: the
// predicted label gets 0.45 + 0.05·(i mod 11), the rest is shared equally.
func graded(t testing.TB, labels []corpus.Label, conf [][]int) *Predictions {
	var truth []corpus.Label
	var preds []stance.Prediction
	for r, row := range conf {
		for c, n := range row {
			for range n {
				top := 0.45 + 0.05*float64(len(preds)%11)
				probs := make([]float64, len(labels))
				for k := range probs {
					probs[k] = (1 - top) / float64(len(labels)-1)
				}
				probs[c] = top
				truth = append(truth, labels[r])
				preds = append(preds, stance.NewPrediction(labels, probs))
			}
		}
	}
	p, err := NewPredictions(labels, truth, preds)
	require.NoError(t, err)
	return p
}

func goldenReport(t *testing.T) *Report {
	labels := corpus.LeaderLabels()
	p := graded(t, labels, handMatrix)
	r, err := NewReport(p, ReportOptions{Model: "mnb", ModelOptions: "made by hand", Method: "hand-made predictions", Bootstrap: BootstrapOptions{Seed: 1}})
	require.NoError(t, err)
	q := graded(t, labels, [][]int{{6, 0, 0}, {1, 8, 1}, {0, 0, 4}})
	cmp, err := Compare(p, q, BootstrapOptions{Seed: 1})
	require.NoError(t, err)
	cmp.Model = "cnb"
	r.Compare = &cmp
	r.RiskCoverage = RiskCoverage(p, nil)
	choice, err := PickThreshold(r.RiskCoverage, 0.8)
	require.NoError(t, err)
	r.Abstain = &AbstainReport{Chosen: choice, Evaluated: RiskCoverage(p, []float64{choice.Threshold})[0]}
	return r
}

func TestReportText(t *testing.T) {
	r := goldenReport(t)
	var b bytes.Buffer
	require.NoError(t, r.WriteText(&b))
	golden(t, "report.txt", b.Bytes())
	assert.Equal(t, b.String(), r.String())
}

func TestReportTextMinimal(t *testing.T) {
	r, err := NewReport(fromConfusion(t, abc, handMatrix), ReportOptions{Bootstrap: BootstrapOptions{Seed: 1, Resamples: 100}})
	require.NoError(t, err)
	golden(t, "report_minimal.txt", []byte(r.String()))
}

func TestReportJSON(t *testing.T) {
	r := goldenReport(t)
	b, err := json.MarshalIndent(r, "", "  ")
	require.NoError(t, err)
	golden(t, "report.json", append(b, '\n'))

	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	for _, k := range []string{"n", "accuracy", "accuracy_ci95", "accuracy_wilson95", "macro_f1", "macro_f1_ci95",
		"micro_f1", "weighted_f1", "kappa", "log_loss", "brier", "ece", "per_class", "confusion", "compare", "risk_coverage"} {
		assert.Contains(t, m, k)
	}
	assert.Len(t, m["accuracy_ci95"], 2)
	pc := m["per_class"].(map[string]any)["withholding"].(map[string]any)
	assert.Equal(t, map[string]any{"precision": 0.75, "recall": 0.6, "f1": pc["f1"], "support": 10.0}, pc)
	conf := m["confusion"].(map[string]any)
	assert.Equal(t, []any{"recognising", "withholding", "hostile"}, conf["labels"])
	assert.Equal(t, []any{5.0, 1.0, 0.0}, conf["matrix"].([]any)[0])

	// The report reads back.
	var back Report
	require.NoError(t, json.Unmarshal(b, &back))
	assert.Equal(t, r.AccuracyCI95, back.AccuracyCI95)
	assert.Equal(t, r.Confusion, back.Confusion)
	assert.Equal(t, r.Compare.P, back.Compare.P)
}

func TestNewReportEmpty(t *testing.T) {
	_, err := NewReport(nil, ReportOptions{})
	assert.Error(t, err)
	p, err := NewPredictions(abc, nil, nil)
	require.NoError(t, err)
	_, err = NewReport(p, ReportOptions{})
	assert.Error(t, err)
}

func TestConfusionTableDense(t *testing.T) {
	r, err := NewReport(fromConfusion(t, abc, handMatrix), ReportOptions{Bootstrap: BootstrapOptions{Resamples: 10}})
	require.NoError(t, err)
	d := r.Confusion.Dense()
	assert.InDelta(t, 6, d.At(1, 1), 0)
	assert.InDelta(t, 2, d.At(1, 2), 0)
	assert.InDelta(t, 20, Accuracy(d)*20/0.7, 1e-9)
}

type failWriter struct{ n int }

func (w *failWriter) Write(p []byte) (int, error) {
	if w.n--; w.n < 0 {
		return 0, os.ErrClosed
	}
	return len(p), nil
}

func TestWriteTextError(t *testing.T) {
	r := goldenReport(t)
	assert.ErrorIs(t, r.WriteText(&failWriter{n: 3}), os.ErrClosed)
}
