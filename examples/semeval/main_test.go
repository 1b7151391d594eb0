package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// synthetic writes an invented two-target data set in the task's format.
func synthetic(t *testing.T, name string, n int, seed uint64) string {
	t.Helper()
	words := map[string]map[string][]string{
		"Tea": {Favor: {"love", "tea", "#TeaTime", "delicious", "calm"}, Against: {"hate", "tea", "bitter", "yuck", "#NoTea"},
			None: {"weather", "train", "late", "monday", "@someone"}},
		"Rain": {Favor: {"rain", "fresh", "green", "#RainyDays", "cozy"}, Against: {"rain", "wet", "gloomy", "soaked", "ugh"},
			None: {"lunch", "game", "score", "pizza", "tonight"}},
	}
	rng := rand.New(rand.NewPCG(seed, seed))
	var b strings.Builder
	b.WriteString("ID\tTarget\tTweet\tStance\n")
	id := 0
	for _, target := range []string{"Tea", "Rain"} {
		for i := range n {
			l := Labels[i%3]
			ws := words[target][l]
			id++
			fmt.Fprintf(&b, "%d\t%s\t%s %s %s and %s #SemST\t%s\n", id, target,
				ws[rng.IntN(5)], ws[rng.IntN(5)], ws[rng.IntN(5)], words[target][Labels[rng.IntN(3)]][rng.IntN(5)], l)
		}
	}
	path := filepath.Join(t.TempDir(), name)
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path
}

func runJSON(t *testing.T, args ...string) map[string]any {
	t.Helper()
	var out bytes.Buffer
	require.NoError(t, run(append(args, "-json"), &out))
	var m map[string]any
	require.NoError(t, json.Unmarshal(out.Bytes(), &m), out.String())
	return m
}

func TestRunSynthetic(t *testing.T) {
	train := synthetic(t, "train.tsv", 45, 1)
	test := synthetic(t, "test.tsv", 15, 2)
	cands := filepath.Join(t.TempDir(), "grid.txt")
	require.NoError(t, os.WriteFile(cands, []byte("# a small grid\nmnb a=0.5 bin w1-2 tweet stem neg\n\ncnb a=0.5 bin w1-2 tweet hw\nnbsvm a=1 b=0.25 C=1 prior bin w1-2 c3-5 tweet stem neg\njoint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 tweet\n"), 0o644))

	m := runJSON(t, "-train", train, "-test", test, "-candidates", cands, "-cv", "3", "-repeat", "2", "-seed", "5")
	for _, k := range []string{"f_avg", "per_target", "confusion", "chosen", "cv", "offsets"} {
		assert.Contains(t, m, k)
	}
	assert.Greater(t, m["f_avg"].(float64), 60.0, "the synthetic task is easy")
	assert.Len(t, m["per_target"], 2)
	assert.Len(t, m["chosen"], 2)
	cv := m["cv"].(map[string]any)
	assert.Len(t, cv["candidates"], 4)
	assert.EqualValues(t, 3, cv["folds"])
	assert.EqualValues(t, 2, cv["repeats"])
	for _, c := range cv["candidates"].([]any) {
		f := c.(map[string]any)["f_avg"].(float64)
		assert.True(t, f >= 0 && f <= 100, "%v", c)
	}
	conf := m["confusion"].(map[string]any)
	total := 0.0
	for _, row := range conf["matrix"].([]any) {
		for _, v := range row.([]any) {
			total += v.(float64)
		}
	}
	assert.EqualValues(t, 30, total, "every test tweet is counted once")

	// The same run again gives the same report, the time aside.
	again := runJSON(t, "-train", train, "-test", test, "-candidates", cands, "-cv", "3", "-repeat", "2", "-seed", "5", "-workers", "1")
	delete(m, "seconds")
	delete(again, "seconds")
	assert.Equal(t, m, again)

	// The text report names the choice and the test result.
	var out bytes.Buffer
	require.NoError(t, run([]string{"-train", train, "-test", test, "-candidates", cands, "-cv", "3", "-select", "per-target"}, &out))
	assert.Contains(t, out.String(), "nested CV estimate")
	assert.Contains(t, out.String(), "gold \\ predicted")

	// Without -test only the choice is reported.
	m = runJSON(t, "-train", train, "-candidates", cands, "-cv", "2", "-repeat", "1", "-offsets=false")
	assert.NotContains(t, m, "confusion")
	assert.Equal(t, []any{0.0, 0.0, 0.0}, m["offsets"])
}

func TestRunFixed(t *testing.T) {
	train := synthetic(t, "train.tsv", 30, 3)
	test := synthetic(t, "test.tsv", 9, 4)
	m := runJSON(t, "-train", train, "-test", test, "-config", "nbsvm a=1 b=0.25 C=1 prior bin w1-2 c3-5 tweet stem neg", "-favor", "0.25")
	assert.Equal(t, "fixed", m["selection"])
	assert.NotContains(t, m, "cv")
	assert.Equal(t, []any{0.25, 0.0, 0.0}, m["offsets"])
	for _, c := range m["chosen"].(map[string]any) {
		assert.Equal(t, "nbsvm a=1 b=0.25 C=1 prior bin w1-2 c3-5 tweet stem neg", c.(map[string]any)["name"])
	}
}

func TestRunErrors(t *testing.T) {
	train := synthetic(t, "train.tsv", 9, 1)
	for _, args := range [][]string{
		{},
		{"-train", train, "extra"},
		{"-train", train, "-select", "best"},
		{"-train", train, "-config", "svm"},
		{"-train", filepath.Join(t.TempDir(), "missing.tsv")},
		{"-train", train, "-candidates", filepath.Join(t.TempDir(), "missing.txt")},
		{"-train", train, "-cv", "1"},
	} {
		assert.Error(t, run(args, &bytes.Buffer{}), "%q", args)
	}
}

// The benchmark itself runs only when the data's directory is given, by
// flag or environment, because the data may not be part of the repository:
//
//	go test ./examples/semeval -run SemEval -semeval.dir ../../../shared/benchmarks/semeval2016
//	STANCEKIT_SEMEVAL=/path/to/semeval2016 go test ./examples/semeval -run SemEval
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
		t.Skip("the benchmark takes a minute or two")
	}
	train, err := ReadTSVFile(filepath.Join(dir, "train.tsv"))
	require.NoError(t, err)
	test, err := ReadTSVFile(filepath.Join(dir, "test.tsv"))
	require.NoError(t, err)
	assert.Len(t, train, 2814)
	assert.Len(t, test, 1249)
	assert.Len(t, Targets(train), 5)

	rep, err := Run(Params{Train: filepath.Join(dir, "train.tsv"), Test: filepath.Join(dir, "test.tsv"),
		Folds: 5, Repeats: 2, Seed: 1, Joint: true, TuneOffsets: true, Select: "global"})
	require.NoError(t, err)
	t.Logf("F_avg %.2f, chosen %s, offsets %v, nested CV %.2f", rep.FAvg, rep.Chosen["Atheism"].Name, rep.Offsets, rep.CV.NestedFAvg)
	assert.Equal(t, 1249, rep.Confusion.Matrix.Total())
	assert.Len(t, rep.CV.Candidates, len(DefaultGrid(true)))
	// The reported run (linux/amd64) scored 67.99: above the best team
	// (MITRE, 67.82) and scikit-learn's naive Bayes (67.09, 67.33), below
	// the paper's SVM (68.98). A floor with some slack guards against
	// regressions; architectures that fuse multiply-adds may differ in the
	// last digits.
	assert.GreaterOrEqual(t, rep.FAvg, 67.5)
}
