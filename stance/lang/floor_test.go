package lang

import (
	"testing"
	"unicode"
)

// TestCVFloor is leave-elections-out 10-fold cross-validation of
// DefaultOptions on the embedded corpora (seed 1), on whole statements and
// on their first 3, 5 and 10 words: accuracy (a refusal counts as wrong),
// per language, refusals, and Portuguese and Spanish taken for each other.
// The floors sit a little below the figures measured when the options were
// chosen (printed with -v), so that a change that costs accuracy fails.
func TestCVFloor(t *testing.T) {
	if testing.Short() {
		t.Skip("trains ten models")
	}
	s := corpusSamples(t)
	words := []int{3, 5, 10, 0}
	conf := map[int]*confusion{}
	for _, n := range words {
		conf[n] = newConfusion()
	}
	for _, f := range groupFolds(t, s, 10) {
		m := trainOn(t, s, f.Train, DefaultOptions())
		for _, i := range f.Test {
			for _, n := range words {
				text := s[i].text
				if n > 0 {
					text = firstWords(text, n)
				}
				got, _ := m.Detect(text)
				conf[n].add(s[i].lang, got)
			}
		}
	}
	floors := map[int]struct{ all, each, refused, ptEs float64 }{
		// words: accuracy, each language's accuracy, at most refused, at most pt↔es
		0:  {0.985, 0.96, 0.012, 0.002},
		10: {0.975, 0.92, 0.025, 0.002},
		5:  {0.95, 0.91, 0.045, 0.002},
		3:  {0.92, 0.90, 0.06, 0.0065},
	}
	// pt↔es on three words was 46 of 7,960 statements (0.0058) until the
	// sixteenth session's batch of reported clauses, which open with words
	// both languages share; 53 of 8,410 (0.0063) since, with the options
	// unchanged: the ceiling was raised from 0.006 to 0.0065 for that data.
	for _, n := range words {
		c, fl := conf[n], floors[n]
		refused, ptEs := 0, c.cell[[2]string{"pt", "es"}]+c.cell[[2]string{"es", "pt"}]
		for k, v := range c.cell {
			if k[1] == Unsupported {
				refused += v
			}
		}
		t.Logf("words %d (0: all): %v | refused %.4f | pt↔es %d", n, c, frac(refused, c.n), ptEs)
		if c.accuracy() < fl.all {
			t.Errorf("words %d: accuracy %.4f < %.3f", n, c.accuracy(), fl.all)
		}
		for _, l := range supported {
			if a := c.langAccuracy(l); a < fl.each {
				t.Errorf("words %d: %s accuracy %.4f < %.3f", n, l, a, fl.each)
			}
		}
		if r := frac(refused, c.n); r > fl.refused {
			t.Errorf("words %d: refused %.4f > %.3f", n, r, fl.refused)
		}
		if r := frac(ptEs, c.n); r > fl.ptEs {
			t.Errorf("words %d: pt↔es %.4f > %.3f", n, r, fl.ptEs)
		}
	}
}

// TestOtherLanguages scores the default model on statements in languages
// it has no model for: testdata/other_test.tsv, written after the options
// were chosen, and other_dev.tsv, on which MinCoverage and Z were chosen.
// Other scripts are always refused; the floor on the rest is a little
// below what was measured (printed with -v).
func TestOtherLanguages(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		file  string
		floor float64
	}{{"testdata/other_test.tsv", 0.95}, {"testdata/other_dev.tsv", 0.85}} {
		samples := otherSamples(t, c.file)
		refused, guessed := 0, map[string]int{}
		for _, x := range samples {
			got, _ := m.Detect(x.text)
			if got == Unsupported {
				refused++
				continue
			}
			guessed[x.lang+"→"+got]++
			if latinOrCyrillic(x.text) < 0.5 {
				t.Errorf("%s: %q (other script) detected as %s", c.file, x.text, got)
			}
		}
		t.Logf("%s: refused %.3f (%d/%d); answered %v", c.file, frac(refused, len(samples)), refused, len(samples), guessed)
		if r := frac(refused, len(samples)); r < c.floor {
			t.Errorf("%s: refused %.3f < %.2f", c.file, r, c.floor)
		}
	}
}

// latinOrCyrillic returns the share of text's letters in those scripts.
func latinOrCyrillic(text string) float64 {
	var in, all int
	for _, r := range text {
		if unicode.IsLetter(r) {
			all++
			if unicode.In(r, unicode.Latin, unicode.Cyrillic) {
				in++
			}
		}
	}
	return frac(in, all)
}

// BenchmarkDetect is the cost per statement of the default model on the
// corpora's statements in turn (mean 150 bytes); the model is trained
// before the timer starts.
//
//	go test -run '^$' -bench 'Detect|Default' -benchmem ./stance/lang
func BenchmarkDetect(b *testing.B) {
	s := corpusSamples(b)
	if _, err := Default(); err != nil {
		b.Fatal(err)
	}
	var bytes int
	for _, x := range s {
		bytes += len(x.text)
	}
	b.SetBytes(int64(bytes / len(s)))
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		Detect(s[i].text)
		i = (i + 1) % len(s)
	}
}

// BenchmarkDefault is what the first call to Detect costs: parsing the
// embedded corpora and training the default model.
func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := trainDefault(); err != nil {
			b.Fatal(err)
		}
	}
}
