package benchmark

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// The data sets below are invented; none is taken from a benchmark.

// syntheticSemEval writes a two-target data set in SemEval's format.
func syntheticSemEval(t *testing.T, dir, name string, n int, seed uint64) string {
	t.Helper()
	words := map[string]map[corpus.Label][]string{
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
			l := taskLabels[i%3]
			ws := words[target][l]
			id++
			fmt.Fprintf(&b, "%d\t%s\t%s %s %s and %s #SemST\t%s\n", id, target,
				ws[rng.IntN(5)], ws[rng.IntN(5)], ws[rng.IntN(5)], words[target][taskLabels[rng.IntN(3)]][rng.IntN(5)], l)
		}
	}
	path := filepath.Join(dir, name)
	require.NoError(t, os.WriteFile(path, []byte(b.String()), 0o644))
	return path
}

// syntheticPolarity writes a label/text file with a domain column and,
// when folds > 0, a fold file beside it.
func syntheticPolarity(t *testing.T, dir string, n, folds int) string {
	t.Helper()
	pos := []string{"great", "lovely", "works", "perfect", "fun"}
	neg := []string{"broken", "awful", "dull", "waste", "\"junk\""}
	rng := rand.New(rand.NewPCG(3, 3))
	var data, ids strings.Builder
	for i := range n {
		label, ws := "positive", pos
		if i%2 == 1 {
			label, ws = "negative", neg
		}
		domain := []string{"shop", "film"}[i%4/2]
		fmt.Fprintf(&data, "%s\t%s %s item %d\t%s\n", label, ws[rng.IntN(5)], ws[rng.IntN(5)], i, domain)
		if folds > 0 {
			fmt.Fprintf(&ids, "%d\n", i/2%folds)
		}
	}
	path := filepath.Join(dir, "polarity.tsv")
	require.NoError(t, os.WriteFile(path, []byte(data.String()), 0o644))
	if folds > 0 {
		require.NoError(t, os.MkdirAll(filepath.Join(dir, "folds"), 0o755))
		require.NoError(t, os.WriteFile(filepath.Join(dir, "folds", "polarity.folds"), []byte(ids.String()), 0o644))
	}
	return path
}

func readData(t *testing.T, path string) *Data {
	t.Helper()
	d, err := ReadData(path)
	require.NoError(t, err)
	return d
}

// asJSON returns the report's JSON form decoded, without its timing.
func asJSON(t *testing.T, r *Report) map[string]any {
	t.Helper()
	b, err := json.Marshal(r)
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m), string(b))
	delete(m, "seconds")
	return m
}

func TestReadData(t *testing.T) {
	dir := t.TempDir()
	d := readData(t, syntheticPolarity(t, dir, 40, 4))
	assert.Equal(t, LabelTSV, d.Format)
	assert.Len(t, d.Examples, 40)
	assert.Equal(t, filepath.Join(dir, "folds", "polarity.folds"), d.FoldFile)
	require.Len(t, d.Folds, 4)
	assert.Equal(t, []int{0, 1, 8, 9, 16, 17, 24, 25, 32, 33}, d.Folds[0].Test)
	task := d.Task()
	assert.Equal(t, []corpus.Label{"negative", "positive"}, task.Labels)
	assert.Equal(t, "accuracy", task.Measure.Name)
	require.NotNil(t, task.Group, "the third column makes groups")
	assert.Equal(t, "shop", task.Group(d.Examples[0]))

	s := readData(t, syntheticSemEval(t, dir, "s.tsv", 6, 1))
	assert.Equal(t, SemEval, s.Format)
	assert.Nil(t, s.Folds)
	assert.Equal(t, "f_avg", s.Task().Measure.Name)

	csv := filepath.Join(dir, "c.tsv")
	require.NoError(t, os.WriteFile(csv, []byte("text\tlabel\nfine\ta\nbad\tb\n"), 0o644))
	assert.Equal(t, Corpus, readData(t, csv).Format)

	require.NoError(t, os.WriteFile(filepath.Join(dir, "folds", "polarity.folds"), []byte("0\n1\n"), 0o644))
	_, err := ReadData(filepath.Join(dir, "polarity.tsv"))
	assert.ErrorContains(t, err, "2 folds for the 40 examples")
	_, err = ReadData(filepath.Join(dir, "missing.tsv"))
	assert.Error(t, err)
}

func TestCrossValidateFoldFile(t *testing.T) {
	d := readData(t, syntheticPolarity(t, t.TempDir(), 80, 4))
	c := Config{Data: d, Task: d.Task(), Method: Method{Spec: FromOptions(Multinomial, stance.DefaultOptions())}, Seed: 1}
	r, err := Run(c)
	require.NoError(t, err)
	m := asJSON(t, r)
	assert.Equal(t, 4.0, m["folds"])
	assert.Equal(t, d.FoldFile, m["fold_file"])
	assert.Len(t, m["fold_accuracy"], 4)
	acc, ok := r.Value("accuracy")
	require.True(t, ok)
	assert.Greater(t, acc, 0.8, "the synthetic task is easy")
	assert.InDelta(t, acc, mean(m["fold_accuracy"].([]any)), 1e-12, "accuracy is the mean over folds")
	for _, k := range []string{"accuracy_std", "macro_f1", "macro_f1_std", "fold_macro_f1", "groups", "confusion"} {
		assert.Contains(t, m, k)
	}
	assert.NotContains(t, m, "f_avg")
	assert.Len(t, m["groups"], 2)

	// Workers do not change the result; -folds must agree with the file.
	c.Workers = 1
	again, err := Run(c)
	require.NoError(t, err)
	assert.Equal(t, m, asJSON(t, again))
	c.Folds = 5
	_, err = Run(c)
	assert.ErrorContains(t, err, "has 4 folds, not 5")

	// Without a fold file: seeded stratified folds.
	d.Folds, d.FoldFile = nil, ""
	c.Folds = 5
	r, err = Run(c)
	require.NoError(t, err)
	assert.Len(t, asJSON(t, r)["fold_accuracy"], 5)
	assert.Contains(t, r.Protocol, "5-fold stratified cross-validation, seed 1")
}

func mean(xs []any) float64 {
	var s float64
	for _, x := range xs {
		s += x.(float64)
	}
	return s / float64(len(xs))
}

func TestSemEvalSearch(t *testing.T) {
	dir := t.TempDir()
	train := readData(t, syntheticSemEval(t, dir, "train.tsv", 45, 1))
	test := readData(t, syntheticSemEval(t, dir, "test.tsv", 15, 2))
	var grid []Spec
	for _, s := range []string{"mnb a=0.5 bin w1-2 tweet stem neg", "cnb a=0.5 bin w1-2 tweet hw",
		"nbsvm a=1 b=0.25 C=1 prior bin w1-2 c3-5 tweet stem neg", "joint nbsvm a=1 b=0.5 C=0.1 prior bin w1-2 tweet"} {
		spec, err := ParseSpec(s)
		require.NoError(t, err)
		grid = append(grid, spec)
	}
	c := Config{Data: train, Test: test, Task: train.Task(), Seed: 5,
		Method: Method{Search: &Search{Grid: grid, Folds: 3, Repeats: 2, TuneOffsets: true}}}
	r, err := Run(c)
	require.NoError(t, err)
	m := asJSON(t, r)
	fAvg, ok := r.Value("f_avg")
	require.True(t, ok)
	assert.Greater(t, fAvg, 0.6, "the synthetic task is easy")
	assert.Equal(t, 30.0, m["n"], "every test tweet is scored once")
	assert.NotContains(t, m, "accuracy_std", "a test split has no folds")
	require.NotNil(t, r.Search)
	assert.Len(t, r.Search.Candidates, 4)
	assert.Equal(t, 3, r.Search.Folds)
	require.Len(t, r.Chosen, 1)
	assert.Len(t, r.Chosen[0].Models, 2, "one model per target")
	assert.Len(t, r.Groups, 2)
	for _, cand := range r.Search.Candidates {
		assert.True(t, cand.Score >= 0 && cand.Score <= 1, "%v", cand)
		assert.NotNil(t, cand.Offsets)
	}

	// The same run with one worker gives the same report.
	c.Workers = 1
	again, err := Run(c)
	require.NoError(t, err)
	assert.Equal(t, m, asJSON(t, again))

	// Per-group selection, no offsets.
	c.Method.Search.PerGroup, c.Method.Search.TuneOffsets = true, false
	r, err = Run(c)
	require.NoError(t, err)
	assert.Nil(t, r.Chosen[0].Offsets)
	assert.False(t, r.Search.TuneOffsets)
}

// A search inside a cross-validation runs on each fold's training part.
func TestNestedCrossValidation(t *testing.T) {
	d := readData(t, syntheticPolarity(t, t.TempDir(), 60, 3))
	grid := []Spec{FromOptions(Multinomial, stance.DefaultOptions()), FromOptions(Complement, stance.DefaultOptions())}
	r, err := Run(Config{Data: d, Task: d.Task(), Seed: 1, Method: Method{Search: &Search{Grid: grid, Folds: 2, Repeats: 1}}})
	require.NoError(t, err)
	assert.Len(t, r.Chosen, 3, "a choice per fold")
	assert.Nil(t, r.Search, "the tables of the inner searches are not kept")
	assert.Equal(t, "chosen from 2 candidates by 2-fold cross-validation on the training data, 1 repeat(s)", r.Model)
}

func TestRunErrors(t *testing.T) {
	dir := t.TempDir()
	d := readData(t, syntheticPolarity(t, dir, 40, 0))
	semeval := readData(t, syntheticSemEval(t, dir, "s.tsv", 9, 1))
	good := Method{Spec: FromOptions(Complement, stance.DefaultOptions())}
	tests := []struct {
		name string
		c    Config
		msg  string
	}{
		{"no data", Config{}, "no data"},
		{"bad spec", Config{Data: d, Task: d.Task()}, "model kind"},
		{"empty grid", Config{Data: d, Task: d.Task(), Method: Method{Search: &Search{}}}, "at least one candidate"},
		{"test labels", Config{Data: d, Test: semeval, Task: d.Task(), Method: good}, `label "FAVOR" is not one of`},
		{"too many folds", Config{Data: d, Task: d.Task(), Method: good, Folds: 30}, "30 folds but only 20 examples"},
		{"offset of another label", Config{Data: d, Task: d.Task(), Method: Method{Spec: good.Spec, Offsets: map[corpus.Label]float64{"FAVOR": 1}}},
			`offset for "FAVOR"`},
		{"per group without groups", Config{Data: semeval, Task: Task{Labels: taskLabels, Measure: SemEvalTask().Measure, PerGroup: true}, Method: good},
			"one model per group needs groups"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Run(tc.c)
			require.Error(t, err)
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
}

func TestByGroup(t *testing.T) {
	d := readData(t, syntheticPolarity(t, t.TempDir(), 80, 4))
	c := Config{Data: d, Task: d.Task(), Method: Method{Spec: FromOptions(Multinomial, stance.DefaultOptions())}, Seed: 1, ByGroup: true}
	r, err := Run(c)
	require.NoError(t, err)
	m := asJSON(t, r)
	assert.Len(t, m["fold_accuracy"], 2, "one fold per group, the fold file aside")
	assert.Equal(t, "one fold per group (film, shop): trained on the others, tested on it", r.Protocol)
	groups := m["groups"].(map[string]any)
	assert.Equal(t, m["fold_accuracy"].([]any)[0], groups["film"].(map[string]any)["accuracy"], "fold 0 tests the first group")

	s := readData(t, syntheticSemEval(t, t.TempDir(), "s.tsv", 9, 1))
	c = Config{Data: s, Task: DataTask(s.Examples), Method: c.Method, ByGroup: true}
	_, err = Run(c)
	assert.ErrorContains(t, err, "folds by group need groups")
}
