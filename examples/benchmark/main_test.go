package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The data below are invented; none is taken from a benchmark.

// writeTweets writes a two-target data set in SemEval's format.
func writeTweets(t *testing.T, dir, name string, n int) string {
	t.Helper()
	words := map[string][]string{"FAVOR": {"love", "great", "#yes"}, "AGAINST": {"hate", "awful", "#no"}, "NONE": {"lunch", "train", "monday"}}
	var b strings.Builder
	b.WriteString("ID\tTarget\tTweet\tStance\n")
	id := 0
	for _, target := range []string{"Tea", "Rain"} {
		for i := range n {
			l := []string{"FAVOR", "AGAINST", "NONE"}[i%3]
			id++
			fmt.Fprintf(&b, "%d\t%s\t%s %s %s %d #SemST\t%s\n", id, target, words[l][i%3], strings.ToLower(target), words[l][(i+1)%3], i, l)
		}
	}
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path
}

// writePolarity writes a label/text file and its fold file.
func writePolarity(t *testing.T, dir string, n int) string {
	t.Helper()
	var data, folds strings.Builder
	for i := range n {
		if i%2 == 0 {
			fmt.Fprintf(&data, "positive\tgreat fun, \"lovely\" thing %d\n", i)
		} else {
			fmt.Fprintf(&data, "negative\t\"dull\" and broken thing %d\n", i)
		}
		fmt.Fprintf(&folds, "%d\n", i/2%5)
	}
	path := filepath.Join(dir, "polarity.tsv")
	require.NoError(t, os.WriteFile(path, []byte(data.String()), 0o644))
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "folds"), 0o755))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "folds", "polarity.folds"), []byte(folds.String()), 0o644))
	return path
}

func runJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	var out bytes.Buffer
	require.NoError(t, run(append(args, "-json"), &out, &bytes.Buffer{}))
	var m map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &m), out.String())
	delete(m, "seconds")
	return m
}

func TestCrossValidation(t *testing.T) {
	data := writePolarity(t, t.TempDir(), 60)
	m := runJSON(t, "-data", data, "-folds", "5")
	assert.Equal(t, 1.0, m["accuracy"], "the invented task is trivial")
	assert.Len(t, m["fold_accuracy"], 5)
	for _, k := range []string{"accuracy_std", "macro_f1", "fold_macro_f1", "fold_file", "confusion", "chosen"} {
		assert.Contains(t, m, k)
	}
	assert.Equal(t, "cnb a=0.5 w1-3 stem neg sent mask", m["model"], "the default model's kind and options")

	m = runJSON(t, "-data", data, "-kind", "nbsvm", "-ngrams", "1-2")
	assert.Equal(t, "nbsvm a=1 b=0.25 C=1 prior bin w1-2 stem neg sent mask", m["model"], "nbsvm keeps its own α and binary features")
	m = runJSON(t, "-data", data, "-kind", "mnb", "-alpha", "2", "-binary=false", "-stem=false")
	assert.Equal(t, "mnb a=2 w1-3 neg sent mask", m["model"])
	m = runJSON(t, "-data", data, "-config", "bayesian w1-2")
	assert.Equal(t, "bayesian w1-2", m["model"])

	var out bytes.Buffer
	require.NoError(t, run([]string{"-data", data}, &out, &bytes.Buffer{}))
	assert.Contains(t, out.String(), "5-fold cross-validation, folds from")
	assert.Contains(t, out.String(), "accuracy  100.00")
}

func TestTrainTest(t *testing.T) {
	dir := t.TempDir()
	train := writeTweets(t, dir, "train.tsv", 30)
	test := writeTweets(t, dir, "test.tsv", 9)
	grid := filepath.Join(dir, "grid.txt")
	require.NoError(t, os.WriteFile(grid, []byte("# a small grid\nmnb a=0.5 bin w1-2 tweet stem neg\n\ncnb a=0.5 bin w1-2 tweet hw\n"), 0o644))

	m := runJSON(t, "-train", train, "-test", test, "-grid", grid, "-search-folds", "3", "-search-repeat", "1", "-seed", "5")
	assert.Contains(t, m, "f_avg")
	assert.NotContains(t, m, "fold_f_avg", "one test set, no folds")
	assert.Equal(t, 18.0, m["n"])
	assert.Len(t, m["groups"], 2)
	search := m["search"].(map[string]any)
	assert.Len(t, search["candidates"], 2)
	assert.Equal(t, true, search["tune_offsets"], "SemEval's task tunes offsets")

	m = runJSON(t, "-train", train, "-test", test, "-config", "nbsvm a=1 b=0.25 C=1 prior bin w1-2 tweet", "-offsets", "FAVOR=0.25")
	chosen := m["chosen"].([]any)[0].(map[string]any)
	assert.Equal(t, map[string]any{"FAVOR": 0.25, "AGAINST": 0.0, "NONE": 0.0}, chosen["offsets"])

	m = runJSON(t, "-data", train, "-grid", grid, "-search-folds", "3", "-choose-only")
	assert.NotContains(t, m, "accuracy", "nothing is scored")
	assert.Contains(t, m["search"], "nested_score")
	assert.Equal(t, "search only", m["protocol"])

	var out bytes.Buffer
	require.NoError(t, run([]string{"-train", train, "-test", test, "-grid", grid, "-search-folds", "3", "-select", "per-group"}, &out, &bytes.Buffer{}))
	assert.Contains(t, out.String(), "nested CV estimate")
	assert.Contains(t, out.String(), "gold \\ predicted")
}

func TestErrors(t *testing.T) {
	dir := t.TempDir()
	data := writePolarity(t, dir, 20)
	tweets := writeTweets(t, dir, "t.tsv", 9)
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{}, "-data FILE"},
		{[]string{"-data", data, "extra"}, `unexpected argument "extra"`},
		{[]string{"-data", data, "-train", data}, "give one"},
		{[]string{"-data", data, "-select", "best"}, `-select "best"`},
		{[]string{"-data", data, "-config", "svm"}, `model kind "svm"`},
		{[]string{"-data", data, "-grid", "semeval", "-config", "mnb"}, "exclude each other"},
		{[]string{"-data", data, "-grid", "semeval", "-alpha", "1"}, "-alpha describes a -kind model"},
		{[]string{"-data", data, "-joint"}, "-joint and -ensembles extend -grid semeval"},
		{[]string{"-data", data, "-grid", filepath.Join(dir, "missing.txt")}, "-grid"},
		{[]string{"-data", filepath.Join(dir, "missing.tsv")}, "missing.tsv"},
		{[]string{"-data", data, "-folds", "3"}, "has 5 folds, not 3"},
		{[]string{"-data", data, "-test", tweets, "-folds", "3"}, "-folds is for cross-validation"},
		{[]string{"-data", data, "-test", tweets}, `label "FAVOR" is not one of`},
		{[]string{"-data", data, "-per-group"}, "has no groups"},
		{[]string{"-data", data, "-offsets", "positive"}, "want LABEL=NUMBER"},
		{[]string{"-data", data, "-choose-only"}, "-choose-only runs the search of -grid"},
		{[]string{"-data", data, "-by-group"}, "folds by group need groups"},
		{[]string{"-data", data, "-by-group", "-folds", "3"}, "-by-group makes the folds"},
	}
	for _, tc := range tests {
		err := run(tc.args, &bytes.Buffer{}, &bytes.Buffer{})
		require.Error(t, err, "%q", tc.args)
		assert.Contains(t, err.Error(), tc.msg, "%q", tc.args)
	}
	var stderr bytes.Buffer
	assert.Equal(t, 2, exitCode(run([]string{"-nope"}, &bytes.Buffer{}, &stderr), &stderr), "bad flags")
	assert.Contains(t, stderr.String(), "usage: benchmark [flags]")
}

// The benchmark itself runs only when the data's directory is given, by
// flag or environment, because the data may not be part of the repository:
//
//	go test ./examples/benchmark -run SemEval -semeval.dir ../../../shared/benchmarks/semeval2016
//	STANCEKIT_SEMEVAL=/path/to/semeval2016 go test ./examples/benchmark -run SemEval
var semevalDir = flag.String("semeval.dir", "", "directory with SemEval-2016 Task 6 train.tsv and test.tsv; the benchmark test is skipped without it")

func TestSemEval2016(t *testing.T) {
	dir := *semevalDir
	if dir == "" {
		dir = os.Getenv("STANCEKIT_SEMEVAL")
	}
	if dir == "" {
		t.Skip("no SemEval-2016 data: pass -semeval.dir DIR or set STANCEKIT_SEMEVAL")
	}
	if testing.Short() {
		t.Skip("the benchmark takes a minute or more")
	}
	m := runJSON(t, "-train", filepath.Join(dir, "train.tsv"), "-test", filepath.Join(dir, "test.tsv"), "-grid", "semeval", "-joint")
	search := m["search"].(map[string]any)
	chosen := m["chosen"].([]any)[0].(map[string]any)
	fAvg := m["f_avg"].(float64)
	t.Logf("F_avg %.2f, chosen %s, offsets %v, nested CV %.2f", 100*fAvg,
		chosen["models"].([]any)[0].(map[string]any)["spec"], chosen["offsets"], 100*search["nested_score"].(float64))
	assert.Equal(t, 1249.0, m["n"])
	assert.Len(t, m["groups"], 5)
	assert.Len(t, search["candidates"], 25)
	// The reported run (linux/amd64) scored 67.99: above the best team
	// (MITRE, 67.82) and scikit-learn's naive Bayes (67.09, 67.33), below
	// the paper's SVM (68.98). A floor with some slack guards against
	// regressions; architectures that fuse multiply-adds may differ in the
	// last digits.
	assert.GreaterOrEqual(t, fAvg, 0.675)
}

// sentimentDir is the directory of the sentence-level sentiment benchmarks
// (mr.tsv, subj.tsv and folds/), which may not be part of the repository
// either: the test runs only when it is given.
//
//	go test ./examples/benchmark -run Sentiment -sentiment.dir ../../../shared/benchmarks/sentiment
//	STANCEKIT_SENTIMENT=/path/to/sentiment go test ./examples/benchmark -run Sentiment
var sentimentDir = flag.String("sentiment.dir", "", "directory with the sentiment benchmarks mr.tsv, subj.tsv and folds/; the test is skipped without it")

// TestSentimentBenchmarks holds MR and SUBJ, 10-fold CV on their published
// folds with the default options, to the figures of README.md
// ("Sentiment") less about one fold standard deviation.
func TestSentimentBenchmarks(t *testing.T) {
	dir := *sentimentDir
	if dir == "" {
		dir = os.Getenv("STANCEKIT_SENTIMENT")
	}
	if dir == "" {
		t.Skip("no sentiment benchmark data: pass -sentiment.dir DIR or set STANCEKIT_SENTIMENT")
	}
	if testing.Short() {
		t.Skip("the benchmarks take half a minute or more")
	}
	for _, c := range []struct {
		file  string
		n     float64
		floor float64
	}{
		{"mr.tsv", 10662, 0.77},   // measured 0.7834
		{"subj.tsv", 10000, 0.91}, // measured 0.9206
	} {
		m := runJSON(t, "-data", filepath.Join(dir, c.file), "-folds", "10")
		t.Logf("%s: accuracy %.2f ± %.2f", c.file, 100*m["accuracy"].(float64), 100*m["accuracy_std"].(float64))
		assert.Equal(t, c.n, m["n"], c.file)
		assert.Len(t, m["fold_accuracy"], 10, c.file)
		assert.GreaterOrEqual(t, m["accuracy"], c.floor, c.file)
	}
}
