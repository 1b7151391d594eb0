//go:build langreport

package lang

import (
	"fmt"
	"testing"
)

// The measurements behind DefaultOptions, printed rather than asserted:
//
//	go test -tags langreport -run 'TestTune' -v ./stance/lang
//
// Every figure is leave-elections-out 10-fold CV on the embedded corpora
// (seed 1), on whole statements and on their first 3, 5 and 10 words; the
// languages without a model come from testdata/other_dev.tsv, scored by a
// model trained on all the corpora.

var lengths = []int{3, 5, 10, 0} // 0: the whole statement

func cut(text string, n int) string {
	if n == 0 {
		return text
	}
	return firstWords(text, n)
}

// observation is one text's naive Bayes answer before the coverage test.
type observation struct {
	gold, nb  string
	hits, top int
	foreign   bool // fewer than half the letters known
}

func observe(m *Model, gold, text string) observation {
	e := m.gather(text)
	best := 0
	for i := 1; i < len(m.langs); i++ {
		if e.scores[i] > e.scores[best] {
			best = i
		}
	}
	return observation{gold, m.langs[best], e.hits[best], e.top, e.knownLetters == 0 || 2*e.knownLetters < e.letters}
}

func (x observation) answer(theta, z float64) string {
	m := Model{opts: Options{MinCoverage: theta, Z: z}}
	if x.foreign || m.refuses(x.hits, x.top) {
		return Unsupported
	}
	return x.nb
}

// cvObservations returns, per length, the CV observations of the corpora
// and those of the dev set of other languages.
func cvObservations(t *testing.T, o Options) (in, out map[int][]observation) {
	s := corpusSamples(t)
	in, out = map[int][]observation{}, map[int][]observation{}
	for _, f := range groupFolds(t, s, 10) {
		m := trainOn(t, s, f.Train, o)
		for _, i := range f.Test {
			for _, n := range lengths {
				in[n] = append(in[n], observe(m, s[i].lang, cut(s[i].text, n)))
			}
		}
	}
	all := make([]int, len(s))
	for i := range all {
		all[i] = i
	}
	m := trainOn(t, s, all, o)
	for _, x := range otherSamples(t, "testdata/other_dev.tsv") {
		for _, n := range lengths {
			out[n] = append(out[n], observe(m, x.lang, cut(x.text, n)))
		}
	}
	return in, out
}

// TestTuneModel compares n-gram lengths and smoothing without the coverage
// test: accuracy per length, per language, and the commonest confusions.
func TestTuneModel(t *testing.T) {
	for _, o := range []Options{
		{MaxN: 3, Alpha: 0.5, MinCount: 2}, {MaxN: 3, Alpha: 0.1, MinCount: 1}, {MaxN: 3, Alpha: 1, MinCount: 1},
		{MaxN: 4, Alpha: 0.5, MinCount: 2}, {MaxN: 4, Alpha: 0.1, MinCount: 1}, {MaxN: 4, Alpha: 0.1, MinCount: 2},
		{MaxN: 5, Alpha: 0.5, MinCount: 2},
	} {
		in, _ := cvObservations(t, o)
		for _, n := range lengths {
			c := newConfusion()
			for _, x := range in[n] {
				c.add(x.gold, x.nb)
			}
			t.Logf("%+v words %d: %v", o, n, c)
		}
	}
}

// TestTuneCoverage scores the coverage test's θ and Z: the share of the
// corpora's statements answered correctly and refused, and the share of
// other languages' statements refused.
func TestTuneCoverage(t *testing.T) {
	o := DefaultOptions()
	in, out := cvObservations(t, o)
	for _, z := range []float64{0.5, 1, 1.5, 2} {
		for theta := 0.70; theta < 0.93; theta += 0.02 {
			line := fmt.Sprintf("z %.3g θ %.2f:", z, theta)
			for _, n := range lengths {
				var ok, refused, caught int
				for _, x := range in[n] {
					switch x.answer(theta, z) {
					case Unsupported:
						refused++
					case x.gold:
						ok++
					}
				}
				for _, x := range out[n] {
					if x.answer(theta, z) == Unsupported {
						caught++
					}
				}
				line += fmt.Sprintf(" | words %d: right %.4f refused %.4f other refused %.3f", n,
					frac(ok, len(in[n])), frac(refused, len(in[n])), frac(caught, len(out[n])))
			}
			t.Log(line)
		}
	}
}
