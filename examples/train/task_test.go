package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// -task tone with no FILE trains what stance.DefaultTone is; with files
// it reads their tone field and records the task.
func TestTaskTone(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "tone.json")
	msg, err := trainCmd(t, "", "-out", out, "-task", "tone", "-kind", "mnb", "-calibrate")
	require.NoError(t, err, msg)
	m, err := stance.LoadFile(out)
	require.NoError(t, err)
	d, err := stance.DefaultTone()
	require.NoError(t, err)
	var a, b bytes.Buffer
	require.NoError(t, m.Save(&a))
	require.NoError(t, d.Save(&b))
	assert.Equal(t, b.String(), a.String(), "the default tone model")

	data := filepath.Join(dir, "d.jsonl")
	require.NoError(t, os.WriteFile(data, []byte(`{"text":"well done","label":"recognising","tone":"positive"}
{"text":"shameful fraud","label":"hostile","tone":"negative"}
`), 0o644))
	msg, err = trainCmd(t, "", "-out", out, "-task", "tone", data)
	require.NoError(t, err, msg)
	m, err = stance.LoadFile(out)
	require.NoError(t, err)
	assert.Equal(t, stance.TaskTone, m.Task())
	assert.Equal(t, []corpus.Label{corpus.Negative, corpus.Positive}, m.Labels())
}
