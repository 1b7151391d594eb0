package plot

import (
	"bytes"
	"flag"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
)

var out = flag.String("out", "", "also write the test images into this directory, to look at them")

func report(t *testing.T) *evaluate.Report {
	labels := corpus.LeaderLabels()
	conf := [][]int{{50, 4, 1}, {7, 38, 5}, {0, 6, 29}}
	var truth []corpus.Label
	var preds []stance.Prediction
	for r, row := range conf {
		for c, n := range row {
			for range n {
				top := 0.4 + 0.6*float64(len(preds)%13)/12
				probs := []float64{(1 - top) / 2, (1 - top) / 2, (1 - top) / 2}
				probs[c] = top
				truth = append(truth, labels[r])
				preds = append(preds, stance.NewPrediction(labels, probs))
			}
		}
	}
	p, err := evaluate.NewPredictions(labels, truth, preds)
	require.NoError(t, err)
	r, err := evaluate.NewReport(p, evaluate.ReportOptions{Model: "mnb", Bootstrap: evaluate.BootstrapOptions{Resamples: 50}})
	require.NoError(t, err)
	return r
}

func TestWriteFiles(t *testing.T) {
	dir := t.TempDir()
	if *out != "" {
		dir = *out
	}
	paths, err := WriteFiles(filepath.Join(dir, "sub"), report(t))
	require.NoError(t, err)
	require.Len(t, paths, 2)
	for _, p := range paths {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		img, err := png.Decode(bytes.NewReader(b))
		require.NoError(t, err, p)
		assert.Equal(t, 576, img.Bounds().Dx(), p)
		assert.Equal(t, 576, img.Bounds().Dy(), p)
	}
	assert.Equal(t, "confusion.png", filepath.Base(paths[0]))
	assert.Equal(t, "reliability.png", filepath.Base(paths[1]))
}

func TestConfusionErrors(t *testing.T) {
	_, err := Confusion(corpus.LeaderLabels(), mat.NewDense(2, 2, nil), "")
	assert.Error(t, err)
	_, err = Confusion(nil, mat.NewDense(1, 1, nil), "")
	assert.Error(t, err)
	_, err = WriteFiles(t.TempDir(), nil)
	assert.Error(t, err)
}

func TestManyLabelsAndEmptyBins(t *testing.T) {
	labels := []corpus.Label{"a", "b", "c", "d", "e", "f"}
	p, err := Confusion(labels, mat.NewDense(6, 6, nil), "empty")
	require.NoError(t, err)
	var b bytes.Buffer
	require.NoError(t, WritePNG(&b, p, Size, Size))
	rel, err := Reliability(make([]evaluate.Bin, 10), 0, "")
	require.NoError(t, err)
	b.Reset()
	require.NoError(t, WritePNG(&b, rel, Size, Size))
	_, err = png.Decode(&b)
	assert.NoError(t, err)
}

func TestWriteFilesBadDir(t *testing.T) {
	file := filepath.Join(t.TempDir(), "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	_, err := WriteFiles(filepath.Join(file, "dir"), report(t))
	assert.Error(t, err)
}

// With a calibration comparison the reliability diagram draws both curves.
func TestReliabilityCurves(t *testing.T) {
	r := report(t)
	sharp := slices.Clone(r.Reliability)
	for i := range sharp {
		sharp[i].Confidence = min(1, sharp[i].Confidence+0.1)
	}
	r.Calibration = &evaluate.CalibrationReport{Method: "temperature scaling", Temperatures: []float64{3},
		Raw:        evaluate.ProbabilityScores{ECE: 0.1, Reliability: sharp},
		Calibrated: evaluate.ProbabilityScores{ECE: r.ECE, Reliability: r.Reliability}}
	dir := t.TempDir()
	if *out != "" {
		dir = filepath.Join(*out, "calibrated")
	}
	paths, err := WriteFiles(dir, r)
	require.NoError(t, err)
	b, err := os.ReadFile(paths[1])
	require.NoError(t, err)
	_, err = png.Decode(bytes.NewReader(b))
	require.NoError(t, err)
	single, err := WriteFiles(t.TempDir(), report(t))
	require.NoError(t, err)
	one, err := os.ReadFile(single[1])
	require.NoError(t, err)
	assert.NotEqual(t, one, b, "two curves, not the bars of one")
	_, err = ReliabilityCurves(nil, "")
	assert.Error(t, err)
	_, err = ReliabilityCurves([]Curve{{Name: "empty", Bins: make([]evaluate.Bin, 10)}}, "")
	assert.Error(t, err)
}
