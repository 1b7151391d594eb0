package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
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

// fast keeps the runs short: 3 folds, 50 resamples.
var fast = []string{"-folds", "3", "-bootstrap", "50"}

func runArgs(t *testing.T, terminal bool, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var o, e bytes.Buffer
	err = run(append(append([]string{}, fast...), args...), &o, &e, terminal)
	return o.String(), e.String(), err
}

// writeSplit writes the leaders' corpus as a training JSONL file (all but
// every tenth statement) and a test JSONL file (every tenth, with extra
// fields of several JSON types).
func writeSplit(t *testing.T) (train, test string) {
	dir := t.TempDir()
	var tr, te bytes.Buffer
	for i, e := range corpus.Leaders() {
		rec := map[string]any{"id": e.ID, "text": e.Text, "label": e.Label, "election": e.Election()}
		w := &tr
		if i%10 == 0 {
			w = &te
			rec["annotator"] = map[string]any{"name": "x", "round": 2}
			rec["confidence"] = 0.8
			rec["flags"] = []string{"a"}
		}
		b, err := json.Marshal(rec)
		require.NoError(t, err)
		w.Write(append(b, '\n'))
	}
	train, test = filepath.Join(dir, "train.jsonl"), filepath.Join(dir, "test.jsonl")
	require.NoError(t, os.WriteFile(train, tr.Bytes(), 0o644))
	require.NoError(t, os.WriteFile(test, te.Bytes(), 0o644))
	return train, test
}

func TestTextReport(t *testing.T) {
	out, errOut, err := runArgs(t, false)
	require.NoError(t, err)
	assert.Empty(t, errOut, "no progress when stderr is not a terminal")
	for _, want := range []string{"model    cnb (complement naive Bayes, alpha=0.5", "3-fold stratified cross-validation on the embedded English corpus (leaders and hard cases), seed 1",
		"items    3060\n", "precision    recall  f1-score   support", "weighted avg", "Confusion matrix", "Cohen's kappa", "ECE",
		"\nPer tag (", "\nwho-is-who ", "\ndiplomatic-withholding "} {
		assert.Contains(t, out, want)
	}
	assert.NotContains(t, out, "Risk–coverage")
}

func TestJSONReport(t *testing.T) {
	out, _, err := runArgs(t, false, "-json", "-compare", "bayesian", "-abstain")
	require.NoError(t, err)
	dec := json.NewDecoder(strings.NewReader(out))
	var m map[string]any
	require.NoError(t, dec.Decode(&m))
	_, err = dec.Token()
	assert.ErrorIs(t, err, io.EOF, "exactly one JSON object")
	for _, k := range []string{"n", "accuracy", "accuracy_ci95", "accuracy_wilson95", "macro_f1", "macro_f1_ci95", "micro_f1",
		"weighted_f1", "kappa", "log_loss", "brier", "ece", "per_class", "confusion", "compare", "risk_coverage", "abstain"} {
		assert.Contains(t, m, k)
	}
	assert.InDelta(t, len(corpus.English()), m["n"], 0)
	tags := m["tags"].([]any)
	require.NotEmpty(t, tags)
	for _, k := range []string{"tag", "n", "accuracy", "accuracy_wilson95", "macro_f1"} {
		assert.Contains(t, tags[0], k)
	}
	cmp := m["compare"].(map[string]any)
	for _, k := range []string{"model", "macro_f1", "mcnemar_p", "b", "c", "macro_f1_diff", "macro_f1_diff_ci95"} {
		assert.Contains(t, cmp, k)
	}
	assert.Equal(t, "bayesian", cmp["model"])
	assert.Equal(t, "cnb", m["model"])
	conf := m["confusion"].(map[string]any)
	assert.Equal(t, []any{"recognising", "withholding", "hostile"}, conf["labels"])
}

func TestTrainTestFiles(t *testing.T) {
	train, test := writeSplit(t)
	out, errOut, err := runArgs(t, false, "-train", train, "-test", test, "-json", "-kind", "cnb", "-ngrams", "1", "-negation=false", "-abstain")
	require.NoError(t, err, errOut)
	assert.Empty(t, errOut)
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &m))
	assert.InDelta(t, 180, m["n"], 0)
	assert.Contains(t, m["model_options"], "complement naive Bayes")
	assert.Contains(t, m["model_options"], "ngrams=1-1 negation=false")
	assert.Contains(t, m["method"], "tested on "+test)

	// The same data as two comma-separated training files and a CSV.
	dir := t.TempDir()
	csv := filepath.Join(dir, "more.csv")
	require.NoError(t, os.WriteFile(csv, []byte("text,label,extra\n\"We salute the people's choice and the winner, warmly.\",recognising,1\n"), 0o644))
	_, errOut, err = runArgs(t, false, "-train", train+","+csv, "-test", test)
	require.NoError(t, err, errOut)

	// The test statements appear in the training data: a warning.
	_, errOut, err = runArgs(t, false, "-train", train, "-train", test, "-test", test)
	require.NoError(t, err)
	assert.Contains(t, errOut, "warning: 180 of the 180 test statements also occur in the training data")
}

// TestCorpus checks that -corpus leaders trains on the leaders' statements
// alone, and that the tags of a -test file are scored.
func TestCorpus(t *testing.T) {
	out, _, err := runArgs(t, false, "-corpus", "leaders", "-json")
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &m))
	assert.InDelta(t, len(corpus.Leaders()), m["n"], 0)
	assert.Contains(t, m["method"], "on the embedded leaders' corpus, seed 1")

	out, _, err = runArgs(t, false, "-corpus", "leaders", "-test", filepath.Join("..", "..", "corpus", "hard", "hard1.jsonl"))
	require.NoError(t, err)
	assert.Contains(t, out, "trained on the embedded leaders' corpus (1800 statements)")
	assert.Contains(t, out, "\nPer tag (")
	assert.Contains(t, out, "\nwho-is-who ")
}

// TestCorpusAbout: -corpus about cross-validates the article reader's
// about-result judge, with its own two labels, grouped by election and
// topic.
func TestCorpusAbout(t *testing.T) {
	out, _, err := runArgs(t, false, "-corpus", "about", "-group-by", "group", "-ngrams", "1", "-json")
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &m))
	assert.InDelta(t, len(corpus.English())+len(corpus.OffTopicRemarks()), m["n"], 0)
	assert.Contains(t, m["method"], "grouped by group on the about-result corpus")
	assert.Contains(t, out, `"about_result"`)
	assert.Contains(t, out, `"off_topic"`)
}

// TestCorpusLanguage: -corpus pt cross-validates the Portuguese default
// model's options on the Portuguese statements; an analysis flag given on
// the command line still wins over the language's default.
func TestCorpusLanguage(t *testing.T) {
	out, _, err := runArgs(t, false, "-corpus", "pt", "-group-by", "election", "-folds", "3", "-json")
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &m))
	exs, err := corpus.Language("pt")
	require.NoError(t, err)
	assert.InDelta(t, len(exs), m["n"], 0)
	assert.Contains(t, m["method"], "grouped by election on the embedded Portuguese corpus")
	assert.Contains(t, m["model_options"], "lang=portuguese")
	assert.Contains(t, m["model_options"], "spelling=false")

	out, _, err = runArgs(t, false, "-corpus", "de", "-folds", "2", "-stem=false")
	require.NoError(t, err)
	assert.Contains(t, out, "stem=false")
	assert.Contains(t, out, "lang=german")

	_, _, err = runArgs(t, false, "-corpus", "it")
	assert.ErrorContains(t, err, "es, fr, ru, pt or de")
}

func TestGroupedCV(t *testing.T) {
	out, _, err := runArgs(t, false, "-group-by", "election")
	require.NoError(t, err)
	assert.Contains(t, out, "3-fold cross-validation grouped by election")
}

func TestPlots(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "plots")
	out, _, err := runArgs(t, false, "-plot", dir)
	require.NoError(t, err)
	for _, f := range []string{"confusion.png", "reliability.png"} {
		st, err := os.Stat(filepath.Join(dir, f))
		require.NoError(t, err)
		assert.Positive(t, st.Size())
	}
	assert.Contains(t, out, "Plots: "+filepath.Join(dir, "confusion.png"))
}

func TestProgressOnTerminal(t *testing.T) {
	_, errOut, err := runArgs(t, true, "-compare", "cnb")
	require.NoError(t, err)
	assert.Contains(t, errOut, "\rcross-validating cnb: fold 3/3")
	assert.Contains(t, errOut, "\rcross-validating cnb: fold 1/3")
}

func TestErrors(t *testing.T) {
	train, _ := writeSplit(t)
	dir := t.TempDir()
	badTest := filepath.Join(dir, "bad.jsonl")
	require.NoError(t, os.WriteFile(badTest, []byte(`{"text": "We congratulate the winner.", "label": "recognising"}
{"text": "We are in favour.", "label": "favor", "extra": [1, 2]}
`), 0o644))
	unlabelled := filepath.Join(dir, "unlabelled.jsonl")
	require.NoError(t, os.WriteFile(unlabelled, []byte(`{"text": "We congratulate the winner."}`+"\n"), 0o644))
	empty := filepath.Join(dir, "empty.jsonl")
	require.NoError(t, os.WriteFile(empty, nil, 0o644))
	many := filepath.Join(dir, "many.jsonl")
	var b strings.Builder
	for i := range 25 {
		fmt.Fprintf(&b, `{"text": "statement %d", "label": "x%d"}`+"\n", i, i)
	}
	require.NoError(t, os.WriteFile(many, []byte(b.String()), 0o644))

	tests := []struct {
		name string
		args []string
		want string
	}{
		{"unknown test label", []string{"-train", train, "-test", badTest}, badTest + `:2: label: unknown label "favor" (want one of recognising, withholding, hostile)`},
		{"unlabelled test", []string{"-test", unlabelled}, unlabelled + ":1: label: missing label"},
		{"missing file", []string{"-test", filepath.Join(dir, "nope.jsonl")}, "no such file"},
		{"empty file", []string{"-train", empty}, "no statements"},
		{"bad extension", []string{"-train", filepath.Join(dir, "x.txt")}, "unknown file extension"},
		{"many errors", []string{"-train", many, "-labels", "a,b"}, "15 more errors"},
		{"labels lack corpus label", []string{"-labels", "recognising,hostile"}, `lacks the corpus label "withholding"`},
		{"one label", []string{"-train", train, "-labels", "recognising,x"}, "unknown label"},
		{"compare kind", []string{"-compare", "svm"}, `-compare: unknown model kind "svm"`},
		{"alpha", []string{"-alpha", "0"}, "alpha 0"},
		{"ngrams too long", []string{"-ngrams", "1-9"}, "n-gram range 1..9"},
		{"language", []string{"-lang", "klingon"}, `language "klingon"`},
		{"bayesian language", []string{"-kind", "bayesian", "-lang", "klingon"}, `language "klingon"`},
		{"saved model without test", []string{"-model", train}, "-model FILE is scored on -test FILE"},
		{"saved model and kind", []string{"-model", train, "-test", train, "-kind", "mnb"}, "-kind describes a model to train"},
		{"saved model and ablation", []string{"-model", train, "-test", train, "-ablation"}, "do not apply to a saved -model"},
		{"not a model", []string{"-model", train, "-test", train}, "-model: "},
		{"folds", []string{"-folds", "1"}, "-folds 1: want at least 2"},
		{"too many folds", []string{"-folds", "5000"}, "5000 folds but only 3060 examples"},
		{"too many folds, leaders", []string{"-corpus", "leaders", "-folds", "5000"}, "5000 folds but only 1800 examples"},
		{"unknown corpus", []string{"-corpus", "hard"}, `-corpus "hard": want english, leaders, about, es, fr, ru, pt or de`},
		{"corpus and train", []string{"-corpus", "english", "-train", train}, "cannot be combined with -train"},
		{"too many groups", []string{"-group-by", "election", "-folds", "500"}, "500 folds but only"},
		{"no group key", []string{"-group-by", "nosuch"}, "has no group key"},
		{"group and test", []string{"-group-by", "election", "-test", train}, "cannot be combined with -test"},
		{"bootstrap", []string{"-bootstrap", "0"}, "-bootstrap 0"},
		{"target", []string{"-target-accuracy", "2"}, "-target-accuracy 2"},
		{"stray argument", []string{"file.jsonl"}, `unexpected argument "file.jsonl"`},
		{"plot dir", []string{"-plot", train + "/sub"}, "-plot:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runArgs(t, false, tt.args...)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tt.want)
			assert.Empty(t, out)
			var e bytes.Buffer
			assert.Equal(t, 1, exitCode(err, &e))
			assert.True(t, strings.HasPrefix(e.String(), "evaluate: "), e.String())
			assert.NotContains(t, e.String(), "evaluate: evaluate:")
		})
	}
}

func TestFlagErrors(t *testing.T) {
	for _, args := range [][]string{{"-bogus"}, {"-kind", "svm"}, {"-ngrams", "x"}} {
		_, errOut, err := runArgs(t, false, args...)
		assert.ErrorIs(t, err, errReported, "%q", args)
		assert.Contains(t, errOut, "usage: evaluate [flags]", "%q", args)
		var e bytes.Buffer
		assert.Equal(t, 2, exitCode(err, &e))
		assert.Empty(t, e.String(), "reported once, by the flag package")
	}
	_, errOut, err := runArgs(t, false, "-kind", "svm")
	require.Error(t, err)
	assert.Contains(t, errOut, `invalid value "svm" for flag -kind: unknown model kind "svm"`)

	var e bytes.Buffer
	_, errOut, err = runArgs(t, false, "-h")
	assert.ErrorIs(t, err, flag.ErrHelp)
	assert.Contains(t, errOut, "usage: evaluate [flags]\n\nMeasures a model")
	assert.Equal(t, 0, exitCode(err, &e))
	assert.Equal(t, 0, exitCode(nil, &e))
	assert.Equal(t, 1, exitCode(errors.New("x"), &e))
	assert.Equal(t, "evaluate: x\n", e.String())
}

func TestLabelsOf(t *testing.T) {
	exs := func(ls ...corpus.Label) []corpus.Example {
		var out []corpus.Example
		for _, l := range ls {
			out = append(out, corpus.Example{Label: l})
		}
		return out
	}
	assert.Equal(t, []corpus.Label{"recognising", "hostile"}, labelsOf(exs("hostile", "recognising")))
	assert.Equal(t, []corpus.Label{"AGAINST", "FAVOR", "NONE"}, labelsOf(exs("NONE", "FAVOR", "AGAINST", "NONE")))
}

// A saved model is scored on a test file; its labels are the report's.
func TestSavedModel(t *testing.T) {
	test, train := writeSplit(t) // roles swapped: train on 180 statements, test on 1,620
	exs, err := corpus.ReadAll(corpus.ReadFile(train, corpus.ReadOptions{}))
	require.NoError(t, err)
	m, err := stance.TrainExamples(exs, stance.LeaderOptions())
	require.NoError(t, err)
	path := filepath.Join(t.TempDir(), "model.json.gz")
	require.NoError(t, m.SaveFile(path))

	out, errOut, err := runArgs(t, false, "-model", path, "-test", test, "-json")
	require.NoError(t, err, errOut)
	var r map[string]any
	require.NoError(t, json.Unmarshal([]byte(out), &r))
	assert.Equal(t, path, r["model"])
	assert.Equal(t, "complement naive Bayes, alpha=0.5 ngrams=1-3 negation=true stem=true spelling=true lang=english", r["model_options"])
	assert.Equal(t, "saved model "+path+", tested on "+test, r["method"])
	assert.InDelta(t, 1620, r["n"], 0)

	// The same model trained here scores the same.
	trained, _, err := runArgs(t, false, "-train", train, "-test", test, "-json")
	require.NoError(t, err)
	var tr map[string]any
	require.NoError(t, json.Unmarshal([]byte(trained), &tr))
	assert.Equal(t, tr["accuracy"], r["accuracy"])
	assert.Equal(t, tr["confusion"], r["confusion"])

	// -compare trains its kind on the training data for the same items.
	out, _, err = runArgs(t, false, "-model", path, "-test", test, "-train", train, "-compare", "mnb")
	require.NoError(t, err)
	assert.Contains(t, out, "Comparison with mnb on the same items")
}

func TestKinds(t *testing.T) {
	_, small := writeSplit(t) // 180 statements keep the four cross-validations short
	for _, tc := range []struct{ kind, model, desc string }{
		{"mnb", "mnb", "multinomial naive Bayes, alpha=0.5 ngrams=1-2"},
		{"multinomial", "mnb", "multinomial naive Bayes, alpha=0.5 ngrams=1-2"},
		{"nbsvm", "nbsvm", "NBSVM, alpha=1 beta=0.25 C=1 ngrams=1-2 negation=true stem=true spelling=true lang=english binary=true"},
		{"bayesian", "bayesian", "jbrukh/bayesian baseline, ngrams=1-2"},
	} {
		out, _, err := runArgs(t, false, "-train", small, "-kind", tc.kind, "-ngrams", "1-2", "-json", "-bootstrap", "10")
		require.NoError(t, err, tc.kind)
		var r map[string]any
		require.NoError(t, json.Unmarshal([]byte(out), &r))
		assert.Equal(t, tc.model, r["model"], tc.kind)
		assert.Contains(t, r["model_options"], tc.desc, tc.kind)
		assert.Greater(t, r["accuracy"], 0.5, tc.kind)
	}
}

// -ablation honours -json: one object with the base row first and a paired
// comparison on every other row.
func TestAblationJSON(t *testing.T) {
	_, small := writeSplit(t)
	out, _, err := runArgs(t, false, "-train", small, "-ablation", "-json", "-bootstrap", "10")
	require.NoError(t, err)
	var got struct {
		Method string        `json:"method"`
		Rows   []ablationRow `json:"ablation"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &got), out)
	require.Greater(t, len(got.Rows), 5)
	assert.True(t, strings.HasPrefix(got.Rows[0].Name, "base: "))
	assert.Zero(t, got.Rows[0].McNemarP, "the base is not compared with itself")
	for _, r := range got.Rows[1:] {
		assert.LessOrEqual(t, r.DiffCI95[0], r.DiffCI95[1], r.Name)
		assert.True(t, r.McNemarP > 0 && r.McNemarP <= 1, "%s: McNemar p %v", r.Name, r.McNemarP)
	}
}

// -test rows are scored in their own context, and -winner and -rivals give
// it to rows without one.
func TestTestFileContext(t *testing.T) {
	dir := t.TempDir()
	test := filepath.Join(dir, "test.jsonl")
	rows := `{"text":"We congratulate Edmundo González on his victory.","label":"hostile","winner":["Nicolás Maduro","Maduro"],"rivals":["Edmundo González","González"]}
{"text":"We warmly congratulate Edmundo González on his victory.","label":"hostile"}
`
	require.NoError(t, os.WriteFile(test, []byte(rows), 0o644))
	accuracy := func(args ...string) float64 {
		out, _, err := runArgs(t, false, append([]string{"-test", test, "-json"}, args...)...)
		require.NoError(t, err)
		var r struct{ Accuracy float64 }
		require.NoError(t, json.Unmarshal([]byte(out), &r))
		return r.Accuracy
	}
	assert.Equal(t, 0.5, accuracy(), "only the row with its context is right")
	assert.Equal(t, 1.0, accuracy("-winner", "Nicolás Maduro|Maduro", "-rivals", "Edmundo González|González"))
}
