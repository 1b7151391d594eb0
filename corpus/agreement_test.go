package corpus_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"gonum.org/v1/gonum/mat"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/evaluate"
)

type passLabel struct {
	ID    string       `json:"id"`
	Label corpus.Label `json:"label"`
}

type adjudication struct {
	ID     string       `json:"id"`
	First  corpus.Label `json:"first"`
	Second corpus.Label `json:"second"`
	Final  corpus.Label `json:"final"`
	Reason string       `json:"reason"`
}

func readJSONL[T any](t *testing.T, path string) []T {
	f, err := os.Open(path)
	require.NoError(t, err)
	defer f.Close()
	var out []T
	s := bufio.NewScanner(f)
	s.Buffer(nil, 1<<20)
	for s.Scan() {
		var v T
		require.NoError(t, json.Unmarshal(s.Bytes(), &v), "%s: %s", path, s.Text())
		out = append(out, v)
	}
	require.NoError(t, s.Err())
	return out
}

// TestAgreementStudy recomputes the agreement between the two labelling
// passes with the project's own evaluation code and checks that
// corpus/README.md quotes it. The first pass is the label each writer gave,
// before adjudication; the shipped label is the adjudicated one.
func TestAgreementStudy(t *testing.T) {
	final := map[string]corpus.Label{}
	for _, e := range corpus.Leaders() {
		final[e.ID] = e.Label
	}
	second := readJSONL[passLabel](t, "agreement/second_pass.jsonl")
	adjudicated := readJSONL[adjudication](t, "agreement/adjudicated.jsonl")
	require.Len(t, second, len(final), "the second pass labels every statement")

	first := map[string]corpus.Label{}
	for id, l := range final {
		first[id] = l
	}
	for _, a := range adjudicated {
		require.Contains(t, final, a.ID)
		assert.Equal(t, a.Final, final[a.ID], "%s: the shipped label is the adjudicated one", a.ID)
		assert.NotEqual(t, a.First, a.Second, "%s: only disagreements are adjudicated", a.ID)
		assert.NotEmpty(t, a.Reason, a.ID)
		first[a.ID] = a.First
	}

	labels := corpus.LeaderLabels()
	conf := mat.NewDense(len(labels), len(labels), nil)
	disputed := 0
	for _, s := range second {
		i, j := slices.Index(labels, first[s.ID]), slices.Index(labels, s.Label)
		require.True(t, i >= 0 && j >= 0, "%s: labels %q, %q", s.ID, first[s.ID], s.Label)
		conf.Set(i, j, conf.At(i, j)+1)
		if i != j {
			disputed++
			assert.True(t, slices.ContainsFunc(adjudicated, func(a adjudication) bool { return a.ID == s.ID }),
				"%s: disagreement not adjudicated", s.ID)
		}
	}
	kappa := evaluate.Kappa(conf)
	t.Logf("Cohen's kappa %.4f, %d of %d statements disputed", kappa, disputed, len(second))
	t.Logf("confusion (rows: first pass, columns: second pass, order %v):\n%v", labels, mat.Formatted(conf))

	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	assert.Contains(t, string(readme), fmt.Sprintf("κ = %.4f", kappa), "corpus/README.md must quote the measured kappa")
	assert.Contains(t, string(readme), fmt.Sprintf("%d of %d statements", disputed, len(second)))
	for i := range labels {
		row := make([]string, len(labels))
		for j := range labels {
			row[j] = fmt.Sprint(conf.At(i, j))
		}
		assert.Contains(t, string(readme), "| "+string(labels[i])+" | "+strings.Join(row, " | ")+" |", "confusion row for %s", labels[i])
	}
}

// secondPass is one line of agreement/second_pass_hard_lang.jsonl.
type secondPass struct {
	ID    string       `json:"id"`
	Label corpus.Label `json:"label"`
	Tone  string       `json:"tone"`
	Note  string       `json:"note"`
}

// TestAgreementHardAndLanguages recomputes, with evaluate.Kappa, the
// agreement between the writers' labels and tones and the blind second pass
// on the 700 sampled hard-case and language statements, and checks that
// corpus/README.md quotes each figure.
func TestAgreementHardAndLanguages(t *testing.T) {
	checkSecondPass(t, "agreement/second_pass_hard_lang.jsonl", 700)
}

// TestAgreementLanguageBatches does the same for the blind second pass on
// 80 statements of each language drawn at random (seed 17) from the
// statements written after the first 500 (ids 0501–0980).
func TestAgreementLanguageBatches(t *testing.T) {
	checkSecondPass(t, "agreement/second_pass_lang_batches.jsonl", 400)
}

// TestAgreementLanguageBatch4: the blind second pass of the sixteenth
// session's batch (ids 0981–1070), 20 statements of each language drawn
// at random (seed 16).
func TestAgreementLanguageBatch4(t *testing.T) {
	checkSecondPass(t, "agreement/second_pass_lang_batch4.jsonl", 100)
}

// TestAgreementLanguageBatch5: the blind second pass of the nineteenth
// session's batch (ids 1071–1520), 20 statements of each language drawn
// at random (seed 19).
func TestAgreementLanguageBatch5(t *testing.T) {
	checkSecondPass(t, "agreement/second_pass_lang_batch5.jsonl", 100)
}

// checkSecondPass compares the n lines of a second pass with the hard-case
// and language files' labels and tones, and checks that corpus/README.md
// quotes the agreement.
func checkSecondPass(t *testing.T, path string, n int) {
	t.Helper()
	first := map[string][2]string{}
	for _, glob := range []string{"hard/*.jsonl", "lang/*.jsonl"} {
		paths, err := filepath.Glob(glob)
		require.NoError(t, err)
		for _, p := range paths {
			for _, r := range readJSONL[record](t, p) {
				first[r.ID] = [2]string{string(r.Label), *r.Tone}
			}
		}
	}
	second := readJSONL[secondPass](t, path)
	require.Len(t, second, n)
	var labels, tones [][2]string
	for _, s := range second {
		f, ok := first[s.ID]
		require.True(t, ok, "%s: not a hard-case or language statement", s.ID)
		labels = append(labels, [2]string{f[0], string(s.Label)})
		tones = append(tones, [2]string{f[1], s.Tone})
	}
	readme, err := os.ReadFile("README.md")
	require.NoError(t, err)
	kl, al := kappaOf(t, labels, []string{"recognising", "withholding", "hostile"})
	kt, at := kappaOf(t, tones, []string{"positive", "neutral", "negative"})
	assert.Contains(t, string(readme), fmt.Sprintf("labels agree on %d of %d (κ = %.3f)", al, len(labels), kl))
	assert.Contains(t, string(readme), fmt.Sprintf("tones on %d of %d (κ = %.3f)", at, len(tones), kt))
}

// kappaOf returns Cohen's kappa of the pairs (first, second) over values
// and the number of pairs that agree.
func kappaOf(t *testing.T, pairs [][2]string, values []string) (float64, int) {
	conf := mat.NewDense(len(values), len(values), nil)
	agree := 0
	for _, p := range pairs {
		i, j := slices.Index(values, p[0]), slices.Index(values, p[1])
		require.True(t, i >= 0 && j >= 0, "values %q", p)
		conf.Set(i, j, conf.At(i, j)+1)
		if i == j {
			agree++
		}
	}
	return evaluate.Kappa(conf), agree
}
