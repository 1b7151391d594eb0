package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

var bin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "train")
	if err != nil {
		panic(err)
	}
	bin = filepath.Join(dir, "train")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		panic(string(out))
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

func trainCmd(t *testing.T, stdin string, args ...string) (string, error) {
	cmd := exec.Command(bin, args...)
	cmd.Stdin = strings.NewReader(stdin)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

func TestTrainsFromFilesAndStdin(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "d.jsonl")
	require.NoError(t, os.WriteFile(data, []byte(`{"text":"well done","label":"pos"}
{"text":"shameful fraud","label":"neg","source":"extra fields are kept as metadata"}
`), 0o644))
	csv := filepath.Join(dir, "d.csv")
	require.NoError(t, os.WriteFile(csv, []byte("text,label\ngreat result,pos\n"), 0o644))
	out := filepath.Join(dir, "m.json.gz")
	msg, err := trainCmd(t, `{"text":"a stolen vote","label":"neg"}`+"\n", "-out", out, "-kind", "multinomial", "-ngrams", "1-2", data, csv, "-")
	require.NoError(t, err, msg)
	assert.Contains(t, msg, "neg 2, pos 2 statements")
	m, err := stance.LoadFile(out)
	require.NoError(t, err)
	assert.Equal(t, []corpus.Label{"neg", "pos"}, m.Labels())
	assert.Equal(t, stance.Multinomial, m.Options().Kind)
	assert.Equal(t, corpus.Label("neg"), m.Predict("fraud").Label)
}

func TestErrorsNameFileAndLine(t *testing.T) {
	dir := t.TempDir()
	data := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(data, []byte("{\"text\":\"ok\",\"label\":\"recognising\"}\n{\"text\":\"\",\"label\":\"hostile\"}\n{\"text\":\"x\",\"label\":\"favor\"}\n"), 0o644))
	out := filepath.Join(dir, "m.json")
	msg, err := trainCmd(t, "", "-out", out, "-labels", "recognising,withholding,hostile", data)
	require.Error(t, err)
	assert.Contains(t, msg, "bad.jsonl:2: text: empty text")
	assert.NotContains(t, msg, "bad.jsonl:3")

	msg, err = trainCmd(t, "", "-out", out, "-keep-going", "-labels", "recognising,withholding,hostile", data)
	require.Error(t, err)
	assert.Contains(t, msg, "bad.jsonl:2: text: empty text")
	assert.Contains(t, msg, `bad.jsonl:3: label: unknown label "favor"`)
	assert.NoFileExists(t, out, "no model is written when training fails")

	msg, err = trainCmd(t, "", "-out", out, "-alpha", "0")
	require.Error(t, err)
	assert.Contains(t, msg, "alpha")
}

func TestDefaultCorpus(t *testing.T) {
	out := filepath.Join(t.TempDir(), "m.json")
	msg, err := trainCmd(t, "", "-out", out)
	require.NoError(t, err, msg)
	m, err := stance.LoadFile(out)
	require.NoError(t, err)
	d, err := stance.Default()
	require.NoError(t, err)
	assert.Equal(t, d.VocabularySize(), m.VocabularySize(), "the embedded corpus with default options gives the default model")
}

func TestUsage(t *testing.T) {
	msg, err := trainCmd(t, "", "-h")
	require.NoError(t, err, "-h exits 0")
	assert.True(t, strings.HasPrefix(msg, "usage: train [flags] [FILE ...]\n\nTrains a model"), msg)

	msg, err = trainCmd(t, "", "corpus.jsonl")
	var exit *exec.ExitError
	require.ErrorAs(t, err, &exit)
	assert.Equal(t, 2, exit.ExitCode())
	assert.True(t, strings.HasPrefix(msg, "train: -out MODEL is required\nusage: train"), msg)
}

// -calibrate writes the model stance.TrainCalibrated makes with -folds and
// -seed; without it the model is uncalibrated.
func TestCalibrate(t *testing.T) {
	out := filepath.Join(t.TempDir(), "m.json")
	msg, err := trainCmd(t, "", "-out", out, "-calibrate", "-folds", "3", "-seed", "5")
	require.NoError(t, err, msg)
	want, err := stance.TrainCalibrated(corpus.English(), stance.LeaderOptions(), stance.CalibrateOptions{Folds: 3, Seed: 5})
	require.NoError(t, err)
	wc, _ := want.Calibration()
	m, err := stance.LoadFile(out)
	require.NoError(t, err)
	c, ok := m.Calibration()
	require.True(t, ok)
	assert.Equal(t, wc, c)
	assert.Contains(t, msg, "calibrated: temperature ")

	msg, err = trainCmd(t, "", "-out", out)
	require.NoError(t, err, msg)
	m, err = stance.LoadFile(out)
	require.NoError(t, err)
	_, ok = m.Calibration()
	assert.False(t, ok)
	assert.NotContains(t, msg, "calibrated")

	msg, err = trainCmd(t, "", "-out", out, "-calibrate", "-folds", "1")
	require.Error(t, err)
	assert.Contains(t, msg, "-folds 1: want at least 2")
}
