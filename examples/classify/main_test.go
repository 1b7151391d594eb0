package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

func classify(t *testing.T, cfg config, args []string, stdin string) (string, string, error) {
	t.Helper()
	if cfg.workers == 0 {
		cfg.workers = 2
	}
	if cfg.maxLine == 0 {
		cfg.maxLine = 16 << 20
	}
	var out, errw bytes.Buffer
	err := run(cfg, args, strings.NewReader(stdin), &out, &errw)
	return out.String(), errw.String(), err
}

func TestArgumentsAndFormat(t *testing.T) {
	out, _, err := classify(t, config{}, []string{"We are not ready to recognise the new president.", "Warm congratulations to the president-elect!"}, "")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	for i, want := range []string{"withholding", "recognising"} {
		label, prob, ok := strings.Cut(lines[i], "\t")
		require.True(t, ok, lines[i])
		assert.Equal(t, want, label)
		assert.Regexp(t, `^[01]\.\d{4}$`, prob)
	}
}

// Standard input keeps its order through the parallel workers, across many
// batches, and every line, empty or not, gets an output line.
func TestStdinOrderAndEmptyLines(t *testing.T) {
	m, err := stance.Default()
	require.NoError(t, err)
	var in strings.Builder
	var want []string
	texts := []string{"We congratulate the winner.", "", "This election was a fraud.", "We await the final results."}
	const n = 3*2048 + 7 // several of Ordered's batches
	for i := range n {
		text := texts[i%len(texts)]
		in.WriteString(text + "\r\n")
		p := m.Predict(text)
		want = append(want, fmt.Sprintf("%s\t%.4f", p.Label, p.Probability))
	}
	out, errs, err := classify(t, config{workers: 3}, nil, in.String())
	require.NoError(t, err)
	assert.Equal(t, want, strings.Split(strings.TrimSuffix(out, "\n"), "\n"))
	assert.Contains(t, errs, "line 2: empty statement")
	assert.Equal(t, (n+2)/4, strings.Count(errs, "empty statement"))
}

func TestJSON(t *testing.T) {
	out, _, err := classify(t, config{json: true, explain: 3}, nil, "We are not ready to recognise him.\nbad \xff byte\n")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	var j jsonLine
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &j))
	assert.Equal(t, "We are not ready to recognise him.", j.Text)
	assert.Equal(t, corpus.Withholding, j.Label)
	assert.Len(t, j.Probabilities, 3)
	assert.NotEmpty(t, j.Explanation)
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &j))
	assert.Equal(t, "bad \uFFFD byte", j.Text, "invalid UTF-8 is replaced in the JSON, not dropped")
}

func TestLongLineIsClassifiedNotSkipped(t *testing.T) {
	long := strings.Repeat("fraud ", 50_000) // 300 kB
	out, errs, err := classify(t, config{maxLine: 1000}, nil, "ok then\n"+long+"\nlast line\n")
	require.NoError(t, err)
	assert.Len(t, strings.Split(strings.TrimSuffix(out, "\n"), "\n"), 3)
	assert.Contains(t, errs, "line 2: 300000 bytes, classified on its first 1000")
}

func TestExplainText(t *testing.T) {
	out, _, err := classify(t, config{explain: 2}, []string{"We are not ready to recognise him."}, "")
	require.NoError(t, err)
	assert.Contains(t, out, "withholding rather than hostile, by ")
	assert.Contains(t, out, "(negated)")
}

func TestModelFileErrors(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	require.NoError(t, os.WriteFile(bad, []byte(`{"format":"stancekit-model","version":99}`), 0o644))
	_, _, err := classify(t, config{model: bad}, []string{"x"}, "")
	require.ErrorIs(t, err, stance.ErrVersion)
	assert.Contains(t, err.Error(), bad)
	_, _, err = classify(t, config{model: filepath.Join(dir, "missing.json")}, []string{"x"}, "")
	require.Error(t, err)

	m, err := stance.Default()
	require.NoError(t, err)
	good := filepath.Join(dir, "m.json.gz")
	require.NoError(t, m.SaveFile(good))
	out, _, err := classify(t, config{model: good}, []string{"Congratulations!"}, "")
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(out, "recognising\t"), out)
}

func TestAbstentionFlag(t *testing.T) {
	out, _, err := classify(t, config{json: true, minProb: 0.999999}, []string{"Well."}, "")
	require.NoError(t, err)
	var j jsonLine
	require.NoError(t, json.Unmarshal([]byte(out), &j))
	assert.True(t, j.Abstained)
}

func TestInformative(t *testing.T) {
	out, _, err := classify(t, config{informative: 2}, nil, "")
	require.NoError(t, err)
	for _, l := range corpus.LeaderLabels() {
		assert.Contains(t, out, string(l)+"\n")
	}
	assert.Equal(t, 3+3*2, strings.Count(out, "\n"))
}

func TestLongLineCutAtCharacterBoundary(t *testing.T) {
	line := strings.Repeat("é", 600) // 1200 bytes
	_, errs, err := classify(t, config{maxLine: 1001}, nil, line+"\n")
	require.NoError(t, err)
	assert.NotContains(t, errs, "invalid UTF-8")
	assert.Contains(t, errs, "line 1: 1200 bytes, classified on its first 1001")
}

func TestInformativeJSON(t *testing.T) {
	out, _, err := classify(t, config{informative: 2, json: true}, nil, "")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3)
	for i, l := range corpus.LeaderLabels() {
		var j jsonInformative
		require.NoError(t, json.Unmarshal([]byte(lines[i]), &j))
		assert.Equal(t, l, j.Label)
		require.Len(t, j.Features, 2)
		assert.NotEmpty(t, j.Features[0].Feature)
		assert.GreaterOrEqual(t, j.Features[0].LogRatio, j.Features[1].LogRatio)
		assert.GreaterOrEqual(t, j.Features[0].Total, uint64(3))
	}
}

func TestArgumentWarningsAndFlagErrors(t *testing.T) {
	_, errs, err := classify(t, config{}, []string{"fine words", " ", "bad \xff"}, "")
	require.NoError(t, err)
	assert.Equal(t, "classify: argument 2: empty statement, label from the prior alone\n"+
		"classify: argument 3: invalid UTF-8, bad bytes read as spaces\n", errs)
	_, errs, err = classify(t, config{quiet: true}, []string{" "}, "")
	require.NoError(t, err)
	assert.Empty(t, errs)
	err = run(config{workers: 0, maxLine: 10}, nil, strings.NewReader(""), io.Discard, io.Discard)
	assert.ErrorContains(t, err, "-workers 0")
}
