package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

const testArticle = "../../stance/article/testdata/congratulations.txt"

func TestJSON(t *testing.T) {
	raw, err := os.ReadFile(testArticle)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, run(testArticle, options{json: true, explain: 5}, nil, &out))
	sc := bufio.NewScanner(&out)
	n := 0
	for sc.Scan() {
		n++
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		for _, k := range []string{"speaker", "role", "text", "kind", "label", "probabilities", "start", "end", "abstained", "explanation"} {
			assert.Contains(t, m, k)
		}
		start, end := int(m["start"].(float64)), int(m["end"].(float64))
		assert.Equal(t, m["text"], string(raw[start:end]))
		assert.Contains(t, []any{"direct", "reported"}, m["kind"])
		probs := m["probabilities"].(map[string]any)
		assert.Len(t, probs, 3)
	}
	assert.Equal(t, 8, n)
}

func TestText(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run("-", options{explain: 5}, strings.NewReader("Vladimir Putin said he was not ready to recognise the winner."), &out))
	s := out.String()
	assert.Contains(t, s, "1. Vladimir Putin · reported · ")
	assert.Contains(t, s, "   he was not ready to recognise the winner\n")
	assert.Contains(t, s, " rather than ")
	assert.Contains(t, s, "\nSpeakers:\n  Vladimir Putin: ")
}

func TestEmptyAndInvalid(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, run("", options{}, strings.NewReader(""), &out))
	assert.Equal(t, "no remarks found\n", out.String())

	out.Reset()
	require.NoError(t, run("", options{json: true}, strings.NewReader("  \n"), &out))
	assert.Empty(t, out.String())

	err := run("", options{}, strings.NewReader("Putin said \xff."), &out)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "not valid UTF-8 (first bad byte at offset 11)")

	assert.Error(t, run("does-not-exist.txt", options{}, nil, &out))
}

func TestExplainNAndModel(t *testing.T) {
	m, err := stance.TrainExamples(corpus.Leaders(), stance.LeaderOptions())
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "model.json")
	require.NoError(t, m.SaveFile(path))
	for _, tc := range []struct {
		o    options
		tops int // contributions per remark; -1: no explanation
	}{
		{options{json: true}, -1},
		{options{json: true, explain: 2}, 2},
		{options{json: true, explain: 2, model: path}, 2},
	} {
		var out bytes.Buffer
		require.NoError(t, run(testArticle, tc.o, nil, &out))
		sc := bufio.NewScanner(&out)
		for sc.Scan() {
			var r map[string]any
			require.NoError(t, json.Unmarshal(sc.Bytes(), &r))
			if tc.tops < 0 {
				assert.NotContains(t, r, "explanation")
				continue
			}
			top := r["explanation"].(map[string]any)["contributions"].([]any)
			assert.LessOrEqual(t, len(top), tc.tops)
		}
	}
	var out bytes.Buffer
	err = run(testArticle, options{model: filepath.Join(t.TempDir(), "missing.json")}, nil, &out)
	assert.Error(t, err)
}
