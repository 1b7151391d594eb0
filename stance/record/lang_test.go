package record

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// With Lang, every record says its language and, per task, whether that
// language had no model; an unsupported task has empty cells, no guess.
func TestWriteRoutedLang(t *testing.T) {
	toneLabels := []corpus.Label{"positive", "negative"}
	tone := stance.NewPrediction(toneLabels, []float64{0.25, 0.75})
	tasks := []Task{{Labels: labels}, {Name: "tone", Labels: toneLabels}}
	rows := []struct {
		s  Statement
		rs []stance.Routed
	}{
		{Statement{ID: "r1"}, []stance.Routed{{Prediction: prediction(0.9, 0.1, 0), Lang: "en"}, {Prediction: tone, Lang: "en"}}},
		{Statement{ID: "r2"}, []stance.Routed{{Prediction: prediction(0.2, 0.7, 0.1), Lang: "es"}, {Lang: "es", Unsupported: true}}},
		{Statement{ID: "r3"}, []stance.Routed{{Lang: "und", Unsupported: true}, {Lang: "und", Unsupported: true}}},
	}

	var out bytes.Buffer
	w, err := NewWriter(&out, WriteOptions{Format: CSV, Tasks: tasks, Lang: true})
	require.NoError(t, err)
	for _, r := range rows {
		require.NoError(t, w.WriteRouted(r.s, r.rs...))
	}
	require.NoError(t, w.Flush())
	got, err := csv.NewReader(&out).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, [][]string{
		{"id", "label", "probability", "p_recognising", "p_withholding", "p_hostile", "abstained",
			"tone", "tone_probability", "tone_p_positive", "tone_p_negative", "tone_abstained",
			"lang", "unsupported_language", "tone_unsupported_language"},
		{"r1", "recognising", "0.9", "0.9", "0.1", "0", "false", "negative", "0.75", "0.25", "0.75", "false", "en", "false", "false"},
		{"r2", "withholding", "0.7", "0.2", "0.7", "0.1", "false", "", "", "", "", "", "es", "false", "true"},
		{"r3", "", "", "", "", "", "", "", "", "", "", "", "und", "true", "true"},
	}, got)

	out.Reset()
	w, err = NewWriter(&out, WriteOptions{Format: JSONL, Tasks: tasks[:1], Lang: true})
	require.NoError(t, err)
	require.NoError(t, w.WriteRouted(rows[2].s, rows[2].rs[0]))
	require.NoError(t, w.Write(Statement{ID: "r4"}, prediction(0.9, 0.1, 0)))
	require.NoError(t, w.Flush())
	assert.Equal(t, `{"id":"r3","label":"","probability":0,"probabilities":{},"known":0,"no_features":false,"abstained":false,"lang":"und","unsupported_language":true}`+"\n"+
		`{"id":"r4","label":"recognising","probability":0.9,"probabilities":{"hostile":0,"recognising":0.9,"withholding":0.1},"known":0,"no_features":false,"abstained":false,"lang":"","unsupported_language":false}`+"\n",
		out.String())
	assert.Error(t, w.WriteRouted(Statement{ID: "x"}), "one answer per task")
}
