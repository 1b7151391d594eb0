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
	"github.com/stancekit/stancekit/stance/lang"
)

// -task tone -test FILE scores the default tone models by language, as
// -test FILE alone scores the stance models: each row's tone comes from
// the tone model of its lang field's language (or detected one), and a
// language without one is unsupported, never the English model's guess.
func TestRoutedTone(t *testing.T) {
	type row struct{ id, text, tone, lang string }
	var rows []row
	for _, code := range []string{"en", "es", "de"} {
		exs := corpus.English()
		if code != "en" {
			var err error
			exs, err = corpus.Language(code)
			require.NoError(t, err)
		}
		for i, e := range exs[:20] {
			rows = append(rows, row{fmt.Sprintf("%s%d", code, i), e.Text, e.Meta["tone"], code})
		}
	}
	rows = append(rows, row{"it1", "Il governo italiano si congratula con il presidente eletto e auspica una proficua collaborazione.", "positive", ""})
	var b []byte
	for _, r := range rows {
		m := map[string]string{"id": r.id, "text": r.text, "tone": r.tone}
		if r.lang != "" {
			m["lang"] = r.lang
		}
		line, err := json.Marshal(m)
		require.NoError(t, err)
		b = append(append(b, line...), '\n')
	}
	test := filepath.Join(t.TempDir(), "tone.jsonl")
	require.NoError(t, os.WriteFile(test, b, 0o644))

	out, _, err := runArgs(t, false, "-task", "tone", "-test", test, "-json")
	require.NoError(t, err)
	var j struct {
		routedJSON
		Model     string `json:"model"`
		Confusion struct {
			Labels []string `json:"labels"`
		} `json:"confusion"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &j), out)
	assert.Equal(t, "default tone models by language", j.Model)
	assert.Equal(t, []string{"positive", "neutral", "negative"}, j.Confusion.Labels)
	assert.Equal(t, 60, j.N, "the rows a tone model answered")
	assert.Equal(t, langScore{Rows: 1, Unsupported: 1}, j.Routing.Languages[lang.Unsupported], "Italian: no tone")
	for _, code := range []string{"en", "es", "de"} {
		m, err := stance.DefaultToneLanguage(code)
		require.NoError(t, err)
		right := 0
		for _, r := range rows {
			if r.lang == code && m.Predict(r.text).Label == corpus.Label(r.tone) {
				right++
			}
		}
		s := j.Routing.Languages[code]
		assert.Equal(t, 20, s.Answered, code)
		assert.InDelta(t, float64(right)/20, s.Accuracy, 1e-9, "%s: the answers of the language's own tone model", code)
		assert.GreaterOrEqual(t, s.Accuracy, 0.9, "%s: statements the language's tone model was trained on", code)
	}
}
