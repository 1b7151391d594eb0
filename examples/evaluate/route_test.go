package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/stance/lang"
)

// routedRows: English rows with and without a lang field, an English row
// whose lang field says Spanish (so the Spanish model reads it, and calls
// it hostile), a Spanish and an Italian row (no model: unsupported).
const routedRows = `{"id":"e1","text":"Warm congratulations to the president-elect on a clear victory.","label":"recognising","lang":"en"}
{"id":"e2","text":"We are not ready to recognise him until the result is confirmed in a legal way.","label":"withholding"}
{"id":"e3","text":"This so-called election was a farce, and the result is illegitimate.","label":"hostile","lang":"english"}
{"id":"e4","text":"We congratulate the people on a peaceful vote and the winner on his victory.","label":"recognising","lang":"es"}
{"id":"s1","text":"Estas elecciones fueron un fraude y jamás reconoceremos a un presidente ilegítimo.","label":"hostile","lang":"es"}
{"id":"i1","text":"Il governo italiano si congratula con il presidente eletto e auspica una proficua collaborazione.","label":"recognising"}
`

type routedJSON struct {
	N        int     `json:"n"`
	Accuracy float64 `json:"accuracy"`
	Method   string  `json:"method"`
	Routing  routing `json:"routing"`
}

func TestRoutedTestFile(t *testing.T) {
	dir := t.TempDir()
	test := filepath.Join(dir, "test.jsonl")
	require.NoError(t, os.WriteFile(test, []byte(routedRows), 0o644))
	out, _, err := runArgs(t, false, "-test", test, "-json")
	require.NoError(t, err)
	var j routedJSON
	require.NoError(t, json.Unmarshal([]byte(out), &j), out)
	assert.Equal(t, 5, j.N, "the report proper: the rows a model answered")
	assert.Equal(t, 0.8, j.Accuracy, "e4, English read by the Spanish model, is wrong")
	assert.Contains(t, j.Method, "the 5 of 6 rows in a language with a model")
	rt := j.Routing
	assert.Equal(t, langScore{Rows: 6, Answered: 5, Unsupported: 1, Accuracy: 4.0 / 6, MacroF1: rt.All.MacroF1}, rt.All)
	assert.InDelta(t, (0.5+1+0.8)/3, rt.All.MacroF1, 1e-9, "unsupported rows are misses: recognising F1 2·1/(2·1+2), withholding 1, hostile 2·2/(2·2+1)")
	assert.Equal(t, langScore{Rows: 3, Answered: 3, Accuracy: 1, MacroF1: 1}, rt.Languages["en"])
	assert.Equal(t, 2, rt.Languages["es"].Answered, "e4 by its field, s1")
	assert.Equal(t, 0.5, rt.Languages["es"].Accuracy)
	assert.Equal(t, langScore{Rows: 1, Unsupported: 1}, rt.Languages[lang.Unsupported])
	assert.Equal(t, 4, rt.WithLang)
	assert.Equal(t, 1, rt.Mismatch, "e4: English text, lang es")
	assert.Equal(t, 3, rt.SameResult)
	assert.InDelta(t, 0.75, rt.Agreement, 1e-9)

	out, _, err = runArgs(t, false, "-test", test, "-json", "-ignore-lang")
	require.NoError(t, err)
	j = routedJSON{}
	require.NoError(t, json.Unmarshal([]byte(out), &j), out)
	assert.Equal(t, 5, j.N, "by detection e4 is English, s1 Spanish")
	assert.Equal(t, 4, j.Routing.Languages["en"].Rows)
	assert.True(t, j.Routing.IgnoreLang)
	assert.Equal(t, 3, j.Routing.SameResult)

	out, _, err = runArgs(t, false, "-test", test)
	require.NoError(t, err)
	assert.Contains(t, out, "\nPer language (unsupported rows count as errors):\n")
	assert.Regexp(t, `\nes +2 +2 +0 +0\.500 `, out)
	assert.Contains(t, out, "Rows with a lang field: 4; detected language differs: 1; same answer routed by the field or by detection: 3 (75.00%)")
}

func TestRoutedErrors(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		path := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(path, []byte(content), 0o644))
		return path
	}
	bad := write("bad.jsonl", `{"id":"x1","text":"We accept.","label":"recognising","lang":"klingon"}`+"\n")
	_, _, err := runArgs(t, false, "-test", bad)
	require.ErrorIs(t, err, lang.ErrUnknownLanguage)
	assert.ErrorContains(t, err, "row x1")
	italian := write("it.jsonl", `{"id":"i1","text":"We accept.","label":"recognising","lang":"IT"}`+"\n"+`{"id":"e1","text":"We accept the result.","label":"recognising"}`+"\n")
	out, _, err := runArgs(t, false, "-test", italian, "-json")
	require.NoError(t, err, "a code lang does not know is a language without a model")
	var j routedJSON
	require.NoError(t, json.Unmarshal([]byte(out), &j))
	assert.Equal(t, langScore{Rows: 1, Unsupported: 1}, j.Routing.Languages["it"])
	assert.Equal(t, 1, j.Routing.Mismatch)
	none := write("none.jsonl", `{"id":"i1","text":"Il governo italiano si congratula con il presidente eletto e auspica una proficua collaborazione.","label":"recognising"}`+"\n")
	_, _, err = runArgs(t, false, "-test", none)
	assert.ErrorContains(t, err, "no row is in a language with a default model")
	for _, args := range [][]string{{"-ignore-lang"}, {"-ignore-lang", "-test", none, "-corpus", "leaders"}, {"-ignore-lang", "-test", none, "-ngrams", "1-2"}} {
		_, _, err = runArgs(t, false, args...)
		assert.ErrorContains(t, err, "-ignore-lang applies to -test scored by the default models", "%v", args)
	}
}
