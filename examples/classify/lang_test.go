package main

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/lang"
)

const (
	english = "We are not ready to recognise the new president."
	italian = "Il governo italiano si congratula con il presidente eletto e auspica una proficua collaborazione."
	polish  = "Gratulujemy prezydentowi elektowi zwycięstwa."
	spanish = "No reconocemos estos resultados fraudulentos."
)

// skipIfSpanish skips a test that relies on Spanish having no default
// stance model, which the lead's per-language models will change.
func skipIfSpanish(t *testing.T) {
	if slices.Contains(stance.DefaultLanguages(), "es") {
		t.Skip("a Spanish default model exists")
	}
}

func TestLangFlagValues(t *testing.T) {
	var c config
	require.NoError(t, c.setLang("English"))
	assert.Equal(t, "en", c.lang, "names still work, kept as codes")
	err := c.setLang("xx")
	require.ErrorIs(t, err, lang.ErrUnknownLanguage)
	assert.Contains(t, err.Error(), `"xx"`)
	_, _, err = classify(t, config{lang: "klingon"}, []string{english}, "")
	require.ErrorIs(t, err, lang.ErrUnknownLanguage)
	assert.Contains(t, err.Error(), "-lang klingon")

	skipIfSpanish(t)
	_, _, err = classify(t, config{lang: "es"}, []string{spanish}, "")
	require.ErrorIs(t, err, stance.ErrUnsupportedLanguage, "-lang es without a Spanish model: an error at the start, not unsupported lines")
	assert.Contains(t, err.Error(), "-lang es")
	_, _, err = classify(t, config{lang: "en", tasks: []string{"tone"}}, []string{english}, "")
	assert.NoError(t, err)
}

// By default each statement goes to its language's model; a language
// without one gets an empty label and a mark, never the English guess.
func TestRoutedText(t *testing.T) {
	skipIfSpanish(t)
	m, err := stance.Default()
	require.NoError(t, err)
	p := m.Predict(english)
	out, _, err := classify(t, config{}, []string{english, italian, polish, spanish, ""}, "")
	require.NoError(t, err)
	pe := m.Predict("")
	assert.Equal(t, []string{
		fmt.Sprintf("%s\t%.4f", p.Label, p.Probability),
		"\t\tunsupported_language\tlang=und",
		"\t\tunsupported_language\tlang=und",
		"\t\tunsupported_language\tlang=es",
		fmt.Sprintf("%s\t%.4f", pe.Label, pe.Probability), // no letters: the English prior, as before
	}, strings.Split(strings.TrimSuffix(out, "\n"), "\n"))

	out, _, err = classify(t, config{lang: "en"}, []string{italian}, "")
	require.NoError(t, err)
	assert.NotContains(t, out, "unsupported", "-lang en: English for everything, as before")

	out, _, err = classify(t, config{json: true, explain: 2}, []string{english, italian}, "")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	var j map[string]any
	require.NoError(t, json.Unmarshal([]byte(lines[0]), &j))
	assert.Equal(t, "en", j["lang"])
	assert.Equal(t, false, j["unsupported_language"])
	assert.NotEmpty(t, j["explanation"])
	j = nil
	require.NoError(t, json.Unmarshal([]byte(lines[1]), &j))
	assert.Equal(t, "und", j["lang"])
	assert.Equal(t, true, j["unsupported_language"])
	assert.Equal(t, "", j["label"])
	assert.NotContains(t, j, "explanation")
}

// A record's lang field pins its row (a code or a name; a code of a
// language without a model makes the row unsupported); -lang pins every
// row, the fields included; a lang field that is no language is an error.
func TestRowLang(t *testing.T) {
	skipIfSpanish(t)
	dir := t.TempDir()
	in := filepath.Join(dir, "in.csv")
	rows := [][]string{{"id", "text", "lang"},
		{"1", english, ""}, {"2", italian, ""}, {"3", italian, "en"}, {"4", english, "it"},
		{"5", english, "Español"}, {"6", english, "ENG"}}
	writeCSV(t, in, rows)
	out, _, err := classify(t, config{in: in}, nil, "")
	require.NoError(t, err)
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	require.Len(t, recs, len(rows))
	h := recs[0]
	require.Equal(t, []string{"lang", "unsupported_language"}, h[len(h)-2:])
	for i, want := range []struct{ lang, unsupported string }{
		{"en", "false"}, {"und", "true"}, {"en", "false"}, {"it", "true"}, {"es", "true"}, {"en", "false"},
	} {
		rec := recs[i+1]
		assert.Equal(t, []string{want.lang, want.unsupported}, rec[len(rec)-2:], "row %d", i+1)
		assert.Equal(t, want.unsupported == "true", rec[1] == "", "row %d: a label exactly when supported", i+1)
	}

	out, _, err = classify(t, config{in: in, lang: "en"}, nil, "")
	require.NoError(t, err)
	recs, err = csv.NewReader(strings.NewReader(out)).ReadAll()
	require.NoError(t, err)
	assert.Equal(t, "abstained", recs[0][len(recs[0])-1], "-lang en: the columns from before")
	for _, rec := range recs[1:] {
		assert.NotEmpty(t, rec[1], "-lang en: every row in English, its lang field notwithstanding")
	}

	bad := filepath.Join(dir, "bad.csv")
	writeCSV(t, bad, [][]string{{"id", "text", "lang"}, {"r1", english, "en"}, {"r2", english, "english!"}})
	_, _, err = classify(t, config{in: bad}, nil, "")
	require.ErrorIs(t, err, lang.ErrUnknownLanguage)
	assert.ErrorContains(t, err, "record r2")
}

func writeCSV(t *testing.T, path string, rows [][]string) {
	t.Helper()
	f, err := os.Create(path)
	require.NoError(t, err)
	w := csv.NewWriter(f)
	require.NoError(t, w.WriteAll(rows))
	require.NoError(t, f.Close())
}

// Tone is routed as stance is: a statement in another language gets its
// tone from that language's tone model, and one in a language without a
// model no tone. Polarity reads any English text, so a statement the
// detector cannot place is read as English, but one in a language the
// detector knows is not.
func TestTasksOtherLanguages(t *testing.T) {
	es, err := corpus.Language("es")
	require.NoError(t, err)
	o := stance.LeaderOptions()
	o.Tokenizer.Language = "spanish"
	o.Tokenizer.NormalizeSpelling, o.Tokenizer.Contractions = false, false
	esModel, err := stance.TrainExamples(es, o)
	require.NoError(t, err)
	esFile := filepath.Join(t.TempDir(), "es.json.gz")
	require.NoError(t, esModel.SaveFile(esFile))
	esTone, err := stance.DefaultToneLanguage("es")
	require.NoError(t, err)
	enTone, err := stance.DefaultTone()
	require.NoError(t, err)

	out, _, err := classify(t, config{model: esFile, tasks: []string{"stance", "tone"}, json: true}, []string{spanish, english, italian}, "")
	require.NoError(t, err)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 3)
	rows := make([]map[string]any, len(lines))
	for i, l := range lines {
		require.NoError(t, json.Unmarshal([]byte(l), &rows[i]))
	}
	cases := []struct {
		name              string
		lang              string
		stanceUnsupported bool
		tone              *stance.Model // nil: no tone (unsupported)
		text              string
	}{
		{"Spanish", "es", false, esTone, spanish},
		{"English", "en", true, enTone, english}, // the stance model file is Spanish
		{"Italian", "und", true, nil, italian},
	}
	for i, c := range cases {
		j := rows[i]
		assert.Equal(t, c.lang, j["lang"], c.name)
		assert.Equal(t, c.stanceUnsupported, j["unsupported_language"] == true, c.name)
		if c.tone == nil {
			assert.Equal(t, "", j["tone"], "%s: no English guess at a tone", c.name)
			assert.Equal(t, true, j["tone_unsupported_language"], c.name)
			continue
		}
		p := c.tone.Predict(c.text)
		assert.Equal(t, string(p.Label), j["tone"], "%s: the language's tone model", c.name)
		assert.InDelta(t, p.Probability, j["tone_probability"], 1e-12, c.name)
		assert.Equal(t, false, j["tone_unsupported_language"], c.name)
	}
	assert.Equal(t, string(esModel.Predict(spanish).Label), rows[0]["label"], "the Spanish model's stance")

	out, _, err = classify(t, config{tasks: []string{"polarity"}}, []string{"The movie is two hours long.", spanish}, "")
	require.NoError(t, err)
	lines = strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, 2)
	assert.Regexp(t, `^(positive|negative)\t0\.\d{4}(\tabstained)?$`, lines[0], "undetermined by the detector, read as English")
	assert.Equal(t, "\t\tunsupported_language\tlang=es", lines[1])
}
