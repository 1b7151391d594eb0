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
	"github.com/stancekit/stancekit/stance/article"
)

const testArticle = "../../stance/article/testdata/congratulations.txt"

func TestJSON(t *testing.T) {
	raw, err := os.ReadFile(testArticle)
	require.NoError(t, err)
	var out bytes.Buffer
	require.NoError(t, run(testArticle, options{json: true, explain: 5}, nil, &out))
	sc := bufio.NewScanner(&out)
	n, speakers := 0, 0
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		if m["type"] == "speaker" {
			speakers++
			for _, k := range []string{"speaker", "aliases", "label", "probabilities", "remarks", "off_topic"} {
				assert.Contains(t, m, k)
			}
			continue
		}
		n++
		assert.Equal(t, "remark", m["type"])
		assert.Zero(t, speakers, "speakers come after every remark")
		for _, k := range []string{"speaker", "role", "text", "kind", "label", "probabilities", "start", "end", "abstained", "explanation",
			"about_result", "about_result_probability", "speaker_aliases", "run"} {
			assert.Contains(t, m, k)
		}
		start, end := int(m["start"].(float64)), int(m["end"].(float64))
		assert.Equal(t, m["text"], string(raw[start:end]))
		assert.Contains(t, []any{"direct", "reported", "action"}, m["kind"])
		probs := m["probabilities"].(map[string]any)
		assert.Len(t, probs, 3)
	}
	assert.Equal(t, 8, n)
	assert.Equal(t, 5, speakers)
}

func TestEval(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "set.jsonl")
	line := `{"id":"T1","text":"Karl Brandt said he was not ready to recognise the winner until the courts ruled.\n\nAnna Berg congratulated the winner warmly.","speakers":[{"name":"Karl Brandt","aliases":[],"label":"withholding"}],"off_topic_speakers":[{"name":"Nobody Here","aliases":[]}]}`
	require.NoError(t, os.WriteFile(path, []byte(line+"\n"), 0o644))
	var out bytes.Buffer
	require.NoError(t, evaluate(options{eval: path, json: true}, &out))
	var s map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &s))
	assert.Equal(t, 1.0, s["accuracy"])
	assert.Equal(t, 1.0, s["recall"])
	assert.Equal(t, 1.0, s["off_topic_share"])
	assert.Equal(t, 2.0, s["remarks"])

	out.Reset()
	require.NoError(t, evaluate(options{eval: path}, &out))
	assert.Contains(t, out.String(), "speaker accuracy: 1.000 (1 of 1 gold speakers found with their label)\n")

	require.NoError(t, os.WriteFile(path, []byte("{\"id\":\"T1\"}\n"), 0o644))
	err := evaluate(options{eval: path}, &out)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "set.jsonl: line 1 (T1): field text is missing")
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
			if r["type"] == "speaker" {
				continue
			}
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

// rivalPraise congratulates the rival: recognising to a reader without the
// election's context, hostile (the rival named the winner) with it.
const rivalPraise = "Karl Brandt said: ‘We congratulate Omar Rask on his victory and hope he takes office soon.’"

// TestContext: -winner and -rivals reach every remark; without them the
// reader reads the text alone.
func TestContext(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Anna Berg", "Berg"}, Rivals: []string{"Omar Rask", "Rask"}}
	var with, without bytes.Buffer
	require.NoError(t, run("-", options{explain: 3, ctx: ctx}, strings.NewReader(rivalPraise), &with))
	require.NoError(t, run("-", options{explain: 3}, strings.NewReader(rivalPraise), &without))
	assert.Contains(t, with.String(), "1. Karl Brandt · direct · hostile ")
	assert.Contains(t, with.String(), "RIVAL")
	assert.Contains(t, without.String(), "1. Karl Brandt · direct · recognising ")
	assert.NotContains(t, without.String(), "RIVAL")
}

// TestEvalContext: -eval reads each article in its own winner and rivals;
// the flags stand in for an article without them.
func TestEvalContext(t *testing.T) {
	path := filepath.Join(t.TempDir(), "set.jsonl")
	gold := `"speakers":[{"name":"Karl Brandt","aliases":[],"label":"hostile"}],"off_topic_speakers":[]`
	text, err := json.Marshal(rivalPraise)
	require.NoError(t, err)
	own := `{"id":"T1","text":` + string(text) + `,"winner":["Anna Berg"],"rivals":["Omar Rask"],` + gold + "}\n"
	none := `{"id":"T2","text":` + string(text) + `,` + gold + "}\n"
	for _, tc := range []struct {
		lines string
		ctx   stance.Context
		want  float64
	}{
		{own, stance.Context{}, 1},
		{own, stance.Context{Winner: []string{"Omar Rask"}, Rivals: []string{"Anna Berg"}}, 1}, // the article's own fields win
		{none, stance.Context{}, 0},
		{none, stance.Context{Winner: []string{"Anna Berg"}, Rivals: []string{"Omar Rask"}}, 1},
	} {
		require.NoError(t, os.WriteFile(path, []byte(tc.lines), 0o644))
		var out bytes.Buffer
		require.NoError(t, evaluate(options{eval: path, json: true, ctx: tc.ctx}, &out))
		var s map[string]any
		require.NoError(t, json.Unmarshal(out.Bytes(), &s))
		assert.Equal(t, tc.want, s["accuracy"], "%s with %+v", tc.lines, tc.ctx)
	}
}

// TestLanguages: an article in a language without a default stance model
// (stance.DefaultLanguage errs with stance.ErrUnsupportedLanguage) has its
// remarks and speakers found but unlabelled, never labelled by the English
// model; -lang en forces the English rules and model.
func TestLanguages(t *testing.T) {
	const fr = "../../stance/article/testdata/lang/fr_1.txt"
	if _, err := stance.DefaultLanguage("fr"); err == nil {
		t.Skip("French has a default model now")
	}
	var out bytes.Buffer
	require.NoError(t, run(fr, options{}, nil, &out))
	text := out.String()
	assert.Contains(t, text, "1. Étienne Marchal (président de Valmorie) · direct · unsupported language (fr)\n")
	assert.Contains(t, text, "  Claire Vasseur (porte-parole du gouvernement): (no stance) (1 remark)\n")
	for _, l := range []string{"recognising", "withholding", "hostile"} {
		assert.NotContains(t, text, l)
	}

	out.Reset()
	require.NoError(t, run(fr, options{json: true}, nil, &out))
	sc := bufio.NewScanner(&out)
	remarks := 0
	for sc.Scan() {
		var m map[string]any
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m), sc.Text())
		if m["type"] == "remark" {
			remarks++
			assert.Equal(t, "fr", m["unsupported_language"])
			assert.Equal(t, "", m["label"])
		}
	}
	assert.Equal(t, 4, remarks)

	out.Reset()
	require.NoError(t, run(fr, options{lang: "en"}, nil, &out))
	assert.NotContains(t, out.String(), "unsupported language")
}

// -task stance,tone adds each remark's and speaker's tone, the same as
// article.ToneOf with the default tone model of the article's language,
// to text and JSON output; an article in a language without one gets
// none.
func TestTone(t *testing.T) {
	text := "Leaders react\n\nPresident Anna Berg said: \"We warmly congratulate the president-elect on a wonderful, peaceful victory.\"\n\nMinister Karl Holm said: \"This is a disgrace and a fraud, and we are furious.\"\n"
	var out bytes.Buffer
	require.NoError(t, run("-", options{json: true, tone: true}, strings.NewReader(text), &out))
	m, err := stance.DefaultTone()
	require.NoError(t, err)
	res := article.Reader{}.Analyze(text)
	want := article.ToneOf(res, m, stance.Context{})
	dec := json.NewDecoder(&out)
	var remarks, speakers int
	for dec.More() {
		var j map[string]any
		require.NoError(t, dec.Decode(&j))
		switch j["type"] {
		case "remark":
			assert.Equal(t, string(want.Remarks[remarks].Label), j["tone"])
			assert.InDelta(t, want.Remarks[remarks].Probability, j["tone_probability"], 1e-12)
			remarks++
		case "speaker":
			assert.Equal(t, string(want.Speakers[speakers].Label), j["tone"])
			speakers++
		}
	}
	assert.Equal(t, []int{len(res.Remarks), len(res.Speakers)}, []int{remarks, speakers})
	assert.Equal(t, "positive", string(want.Remarks[0].Label))
	assert.Equal(t, "negative", string(want.Remarks[1].Label))

	out.Reset()
	require.NoError(t, run("-", options{tone: true}, strings.NewReader(text), &out))
	assert.Contains(t, out.String(), "· tone positive ")
	out.Reset()
	require.NoError(t, run("-", options{}, strings.NewReader(text), &out))
	assert.NotContains(t, out.String(), "tone")

	out.Reset()
	es := "CARACAS — El canciller dijo: «No reconoceremos ningún resultado hasta que se publiquen las actas mesa por mesa»."
	require.NoError(t, run("-", options{json: true, tone: true, lang: "es"}, strings.NewReader(es), &out))
	esTone, err := stance.DefaultToneLanguage("es")
	require.NoError(t, err)
	esModel, err := stance.DefaultLanguage("es")
	require.NoError(t, err)
	esRes := article.Reader{Classifier: esModel, Lang: "es"}.Analyze(es)
	require.NotEmpty(t, esRes.Remarks)
	esWant := article.ToneOf(esRes, esTone, stance.Context{})
	dec = json.NewDecoder(&out)
	remarks = 0
	for dec.More() {
		var j map[string]any
		require.NoError(t, dec.Decode(&j))
		if j["type"] == "remark" {
			assert.Equal(t, string(esWant.Remarks[remarks].Label), j["tone"], "the Spanish tone model")
			assert.InDelta(t, esWant.Remarks[remarks].Probability, j["tone_probability"], 1e-12)
			remarks++
		}
	}
	assert.Equal(t, len(esRes.Remarks), remarks)

	out.Reset()
	sv := "Leaders react\n\nPresident Anna Berg said: \"Vi gratulerar den valda presidenten till segern och ser fram emot samarbetet.\"\n"
	require.NoError(t, run("-", options{json: true, tone: true, lang: "sv"}, strings.NewReader(sv), &out))
	assert.Contains(t, out.String(), `"unsupported_language":"sv"`, "the remark is found")
	assert.NotContains(t, out.String(), `"tone"`, "Swedish has no tone model: no English guess")
}

// -eval reads each article in its own language and, without -model,
// labels it with that language's default model: on the project's articles
// in five languages the scores are at least the measured ones minus 0.01:
// speaker accuracy 0.627 (111 of 177), recall 0.729 (129), off-topic
// speakers without a stance 0.885 (23 of 26), after the multilingual
// patterns of h-artlang (before them 0.311, 0.390 and 0.538; the English
// model for all gave 0.175); after the news-prose patterns of h-lang
// (intl_news_test.go) 0.718 (127), 0.797 (141) and 0.962 (25 of 26), the
// floors now less 0.02.
func TestEvalLanguages(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, evaluate(options{eval: "../../corpus/articles/articles_lang.jsonl", json: true}, &out))
	var s map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &s))
	assert.GreaterOrEqual(t, s["accuracy"], 0.717-0.02)
	assert.GreaterOrEqual(t, s["recall"], 0.796-0.02)
	assert.GreaterOrEqual(t, s["off_topic_share"], 0.961-0.02)
}

// -eval with each article's language model on the held-out articles in five
// languages (corpus/articles/articles_heldout_lang.jsonl: 10 articles, 97
// gold speakers, 19 off-topic, written blind and never read to change a
// rule): scored once before the sixth session's rules (0.351, 0.423,
// 0.368), once after (0.557, 0.680, 0.474) and after each of the seventh's
// two rounds (0.660, 0.763, 0.632 both times). Floors: the last less 0.02.
func TestEvalLanguagesHeldOut(t *testing.T) {
	var out bytes.Buffer
	require.NoError(t, evaluate(options{eval: "../../corpus/articles/articles_heldout_lang.jsonl", json: true}, &out))
	var s map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &s))
	assert.GreaterOrEqual(t, s["accuracy"], 0.660-0.02)
	assert.GreaterOrEqual(t, s["recall"], 0.763-0.02)
	assert.GreaterOrEqual(t, s["off_topic_share"], 0.632-0.02)
}
