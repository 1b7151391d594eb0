package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// -task tone labels the embedded corpus by its tone field and reports in
// the tones' order; -test reads a file's tone field; a saved tone model is
// scored on it, and a stance model is refused for -task tone.
func TestTaskTone(t *testing.T) {
	out, _, err := runArgs(t, false, "-task", "tone", "-json", "-kind", "mnb")
	require.NoError(t, err)
	var r map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.InDelta(t, len(corpus.English()), r["n"], 0)
	assert.Contains(t, r["method"], "labelled by tone")
	conf := r["confusion"].(map[string]any)
	assert.Equal(t, []any{"positive", "neutral", "negative"}, conf["labels"])
	assert.Greater(t, r["macro_f1"], 0.7)

	// A test file with a tone field and no label field.
	dir := t.TempDir()
	test := filepath.Join(dir, "tone.jsonl")
	var b []byte
	for i, e := range corpus.Leaders()[:200] {
		line, err := json.Marshal(map[string]string{"id": fmt.Sprint(i), "text": e.Text, "tone": e.Meta["tone"]})
		require.NoError(t, err)
		b = append(append(b, line...), '\n')
	}
	require.NoError(t, os.WriteFile(test, b, 0o644))
	tone, err := stance.DefaultTone()
	require.NoError(t, err)
	model := filepath.Join(dir, "tone.json")
	require.NoError(t, tone.SaveFile(model))
	out, errOut, err := runArgs(t, false, "-task", "tone", "-model", model, "-test", test, "-json")
	require.NoError(t, err, errOut)
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.InDelta(t, 200, r["n"], 0)
	assert.Greater(t, r["accuracy"], 0.9, "the default tone model was trained on these statements")

	stanceModel := filepath.Join(dir, "stance.json")
	d, err := stance.Default()
	require.NoError(t, err)
	require.NoError(t, d.SaveFile(stanceModel))
	_, _, err = runArgs(t, false, "-task", "tone", "-model", stanceModel, "-test", test)
	assert.ErrorContains(t, err, "is a stance model, but -task is tone")
	_, _, err = runArgs(t, false, "-test", test)
	assert.ErrorContains(t, err, "label", "without -task tone the file's missing label field is an error")
}
