// Package compare measures github.com/abadojack/whatlanggo against the
// project's own detector (stance/lang) on the project's corpora. It is a
// module of its own so that the library does not depend on whatlanggo,
// which it does not use:
//
//	cd stance/lang/compare && go test -v -bench . -benchmem
//
// whatlanggo needs no training, so it is scored on every statement; the
// project's detector is scored by leave-elections-out 10-fold
// cross-validation (seed 1), each statement by a model that never saw its
// election.
package compare

import (
	"fmt"
	"strings"
	"testing"

	"github.com/abadojack/whatlanggo"
	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance/lang"
)

type sample struct{ lang, text, election string }

func samples(t testing.TB) []sample {
	var out []sample
	for _, code := range lang.Supported() {
		ex := corpus.English()
		if code != "en" {
			var err error
			if ex, err = corpus.Language(code); err != nil {
				t.Fatal(err)
			}
		}
		for _, e := range ex {
			out = append(out, sample{code, e.Text, e.Meta["election"]})
		}
	}
	return out
}

// whatlang maps whatlanggo's answer to an ISO 639-1 code, and to und when
// it names no language.
func whatlang(text string) string {
	info := whatlanggo.Detect(text)
	if info.Lang < 0 {
		return lang.Unsupported
	}
	if c := info.Lang.Iso6391(); c != "" {
		return c
	}
	return info.Lang.Iso6393()
}

func cut(text string, n int) string {
	if n == 0 {
		return text
	}
	w := strings.Fields(text)
	return strings.Join(w[:min(n, len(w))], " ")
}

type tally struct {
	n, right, outside int
	per               map[string][2]int
	errs              map[string]int
}

func (t *tally) add(gold, got string) {
	if t.per == nil {
		t.per, t.errs = map[string][2]int{}, map[string]int{}
	}
	t.n++
	p := t.per[gold]
	p[0]++
	if got == gold {
		t.right++
		p[1]++
	} else {
		t.errs[gold+"→"+got]++
	}
	if !lang.IsSupported(got) {
		t.outside++
	}
	t.per[gold] = p
}

func (t *tally) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "accuracy %.4f, answered outside the six %.4f |", float64(t.right)/float64(t.n), float64(t.outside)/float64(t.n))
	for _, l := range lang.Supported() {
		p := t.per[l]
		fmt.Fprintf(&b, " %s %.3f", l, float64(p[1])/float64(p[0]))
	}
	fmt.Fprintf(&b, " | pt→es %d es→pt %d", t.errs["pt→es"], t.errs["es→pt"])
	return b.String()
}

var lengths = []int{3, 5, 10, 0}

func TestCompare(t *testing.T) {
	s := samples(t)
	ex := make([]corpus.Example, len(s))
	for i, x := range s {
		ex[i] = corpus.Example{Text: x.text, Meta: map[string]string{"election": x.election}}
	}
	folds, err := corpus.GroupKFold(ex, 10, func(e corpus.Example) string { return e.Meta["election"] }, 1)
	if err != nil {
		t.Fatal(err)
	}
	own, wl := map[int]*tally{}, map[int]*tally{}
	for _, n := range lengths {
		own[n], wl[n] = &tally{}, &tally{}
	}
	for _, f := range folds {
		texts := map[string][]string{}
		for _, i := range f.Train {
			texts[s[i].lang] = append(texts[s[i].lang], s[i].text)
		}
		m, err := lang.Train(texts, lang.DefaultOptions())
		if err != nil {
			t.Fatal(err)
		}
		for _, i := range f.Test {
			for _, n := range lengths {
				got, _ := m.Detect(cut(s[i].text, n))
				own[n].add(s[i].lang, got)
				wl[n].add(s[i].lang, whatlang(cut(s[i].text, n)))
			}
		}
	}
	for _, n := range lengths {
		t.Logf("words %2d (0: all) stance/lang: %v", n, own[n])
		t.Logf("words %2d (0: all) whatlanggo:  %v", n, wl[n])
	}
}

func benchmark(b *testing.B, detect func(string)) {
	s := samples(b)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		detect(s[i].text)
		i = (i + 1) % len(s)
	}
}

func BenchmarkWhatlanggo(b *testing.B) { benchmark(b, func(s string) { whatlanggo.Detect(s) }) }

func BenchmarkLang(b *testing.B) {
	lang.Detect("warm up: train the default model")
	benchmark(b, func(s string) { lang.Detect(s) })
}
