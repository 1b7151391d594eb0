package lang

import (
	"bufio"
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"
)

// sample is one statement of the corpora with its language and election.
type sample struct {
	lang, text, election string
}

// corpusSamples returns the embedded corpora's statements in every
// supported language.
func corpusSamples(t testing.TB) []sample {
	t.Helper()
	var out []sample
	add := func(code string, ex []corpus.Example) {
		for _, e := range ex {
			out = append(out, sample{code, e.Text, e.Meta["election"]})
		}
	}
	add("en", corpus.English())
	for _, code := range supported {
		if code == "en" {
			continue
		}
		ex, err := corpus.Language(code)
		if err != nil {
			t.Fatal(err)
		}
		add(code, ex)
	}
	return out
}

// otherSamples reads a file of statements in languages without a model:
// ISO 639-1 code, tab, text; lines starting with # are comments.
func otherSamples(t testing.TB, name string) []sample {
	t.Helper()
	f, err := os.Open(name)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []sample
	sc := bufio.NewScanner(f)
	for line := 1; sc.Scan(); line++ {
		if strings.HasPrefix(sc.Text(), "#") {
			continue
		}
		code, text, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			t.Fatalf("%s:%d: no tab", name, line)
		}
		out = append(out, sample{code, text, ""})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// firstWords returns the first n space-separated words of text.
func firstWords(text string, n int) string {
	w := strings.Fields(text)
	if len(w) > n {
		w = w[:n]
	}
	return strings.Join(w, " ")
}

// groupFolds assigns the samples to k folds by election (corpus.GroupKFold),
// so that no statement is tested by a model trained on its election, where
// its near-twins and parallel versions are.
func groupFolds(t testing.TB, s []sample, k int) []corpus.Fold {
	t.Helper()
	ex := make([]corpus.Example, len(s))
	for i, x := range s {
		ex[i] = corpus.Example{Text: x.text, Meta: map[string]string{"election": x.election}}
	}
	folds, err := corpus.GroupKFold(ex, k, func(e corpus.Example) string { return e.Meta["election"] }, 1)
	if err != nil {
		t.Fatal(err)
	}
	return folds
}

// trainOn trains a model on the samples at idx.
func trainOn(t testing.TB, s []sample, idx []int, o Options) *Model {
	t.Helper()
	texts := map[string][]string{}
	for _, i := range idx {
		texts[s[i].lang] = append(texts[s[i].lang], s[i].text)
	}
	m, err := Train(texts, o)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// confusion counts answers against the true languages.
type confusion struct {
	n, right int
	cell     map[[2]string]int // {gold, answer}
	perLang  map[string][2]int // gold: {items, right}
}

func newConfusion() *confusion {
	return &confusion{cell: map[[2]string]int{}, perLang: map[string][2]int{}}
}

func (c *confusion) add(gold, got string) {
	c.n++
	c.cell[[2]string{gold, got}]++
	p := c.perLang[gold]
	p[0]++
	if gold == got {
		c.right++
		p[1]++
	}
	c.perLang[gold] = p
}

func (c *confusion) accuracy() float64 { return float64(c.right) / float64(c.n) }

func (c *confusion) langAccuracy(code string) float64 {
	p := c.perLang[code]
	return float64(p[1]) / float64(p[0])
}

// String prints the accuracy, each language's and the eight commonest
// confusions.
func (c *confusion) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "accuracy %.4f (%d/%d) |", c.accuracy(), c.right, c.n)
	for _, l := range supported {
		fmt.Fprintf(&b, " %s %.3f", l, c.langAccuracy(l))
	}
	type kv struct {
		k [2]string
		v int
	}
	var errs []kv
	for k, v := range c.cell {
		if k[0] != k[1] {
			errs = append(errs, kv{k, v})
		}
	}
	slices.SortFunc(errs, func(a, b kv) int {
		return cmp.Or(b.v-a.v, cmp.Compare(a.k[0], b.k[0]), cmp.Compare(a.k[1], b.k[1]))
	})
	b.WriteString(" | confusions:")
	for i, x := range errs {
		if i == 8 {
			break
		}
		fmt.Fprintf(&b, " %s→%s %d", x.k[0], x.k[1], x.v)
	}
	return b.String()
}

func frac(a, b int) float64 { return float64(a) / float64(b) }
