package stance

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"errors"
	"fmt"
	"iter"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/tokenize"
)

// tiny returns options for hand-checkable models: unigrams, no stemming, no
// negation marking.
func tiny(kind Kind) Options {
	o := Options{Tokenizer: tokenize.DefaultOptions(), Kind: kind, Alpha: 1, Labels: []corpus.Label{"A", "B"}}
	o.Tokenizer.Stem = false
	o.Tokenizer.Negation = false
	o.Tokenizer.NGramMax = 1
	return o
}

func train(t testing.TB, o Options, pairs ...string) *Model {
	t.Helper()
	tr, err := NewTrainer(o)
	require.NoError(t, err)
	for i := 0; i < len(pairs); i += 2 {
		require.NoError(t, tr.Add(pairs[i+1], corpus.Label(pairs[i])))
	}
	m, err := tr.Model()
	require.NoError(t, err)
	return m
}

// Worked by hand. Training: A = "a a b", B = "b c". V = {a,b,c}, α = 1.
//
//	N(A) = 3: θ(A,a) = 3/6, θ(A,b) = 2/6, θ(A,c) = 1/6
//	N(B) = 2: θ(B,a) = 1/5, θ(B,b) = 2/5, θ(B,c) = 2/5
//	P(A) = P(B) = 1/2
//
// "a b": A ∝ ½·½·⅓ = 1/12, B ∝ ½·⅕·⅖ = 1/25 ⇒ P(A|x) = 25/37.
// "c": A ∝ ½·⅙, B ∝ ½·⅖ ⇒ P(A|x) = (1/6)/(1/6+2/5) = 5/17.
// Complement NB: θ̃(A,·) is estimated from B's counts and θ̃(B,·) from A's:
// θ̃(A,a)=1/5, θ̃(A,b)=2/5; θ̃(B,a)=3/6, θ̃(B,b)=2/6. For "a b":
// score(A) = −log(2/25) = log 12.5, score(B) = −log(1/6) = log 6
// ⇒ P(A|x) = 12.5/18.5 = 25/37.
func TestHandComputed(t *testing.T) {
	mnb := train(t, tiny(Multinomial), "A", "a a b", "B", "b c")
	p := mnb.Predict("a b")
	assert.Equal(t, corpus.Label("A"), p.Label)
	assert.InDelta(t, 25.0/37, p.Probability, 1e-12)
	assert.InDelta(t, 12.0/37, p.ProbabilityOf("B"), 1e-12)
	assert.Equal(t, 2, p.Known)
	p = mnb.Predict("c")
	assert.Equal(t, corpus.Label("B"), p.Label)
	assert.InDelta(t, 5.0/17, p.ProbabilityOf("A"), 1e-12)
	fa, ok := mnb.t().weights.Lookup(tokenize.Hash("a"))
	require.True(t, ok)
	assert.InDelta(t, math.Log(3.0/6), mnb.t().weights.Weight(fa, 0), 1e-12) // θ(A,a)

	// Unknown words are skipped, not smoothed in.
	assert.InDelta(t, 25.0/37, mnb.Predict("a b zebra").Probability, 1e-12)

	cnb := train(t, tiny(Complement), "A", "a a b", "B", "b c")
	p = cnb.Predict("a b")
	assert.Equal(t, corpus.Label("A"), p.Label)
	assert.InDelta(t, 25.0/37, p.Probability, 1e-12)

	// Uniform prior vs document prior: 2 A documents, 1 B document.
	o := tiny(Multinomial)
	docPrior := train(t, o, "A", "a", "A", "a", "B", "b")
	o.UniformPrior = true
	uniform := train(t, o, "A", "a", "A", "a", "B", "b")
	// θ(A,·) = (2+1)/(2+2), (0+1)/4; θ(B,·) = 1/3, 2/3. "b": doc prior A ∝ ⅔·¼, B ∝ ⅓·⅔.
	assert.InDelta(t, (2.0/3*1/4)/(2.0/3*1/4+1.0/3*2/3), docPrior.Predict("b").ProbabilityOf("A"), 1e-12)
	assert.InDelta(t, (1.0/4)/(1.0/4+2.0/3), uniform.Predict("b").ProbabilityOf("A"), 1e-12)
}

// Complement NB differs from multinomial NB with three labels; check one
// weight against the formula.
func TestComplementWeights(t *testing.T) {
	o := tiny(Complement)
	o.Labels = []corpus.Label{"A", "B", "C"}
	m := train(t, o, "A", "a a", "B", "b", "C", "a c")
	// Ñ(A,a) = N(B,a)+N(C,a) = 1, Ñ(A) = N(B)+N(C) = 3, |V| = 3:
	// θ̃(A,a) = (1+1)/(3+3); weight = −log θ̃.
	f, ok := m.t().weights.Lookup(tokenize.Hash("a"))
	require.True(t, ok)
	assert.InDelta(t, -math.Log(2.0/6), m.t().weights.Weight(f, 0), 1e-12)
}

func TestTiesAndEmptyInput(t *testing.T) {
	m := train(t, tiny(Multinomial), "A", "x", "B", "y")
	for _, text := range []string{"", "   ", "?!", "unseen words only"} {
		p := m.Predict(text)
		assert.True(t, p.NoFeatures, "%q", text)
		assert.Equal(t, corpus.Label("A"), p.Label, "tie goes to the first label")
		assert.InDelta(t, 0.5, p.Probability, 1e-12)
	}
}

func TestUnknownLabel(t *testing.T) {
	tr, err := NewTrainer(tiny(Multinomial))
	require.NoError(t, err)
	err = tr.Add("text", "C")
	require.ErrorIs(t, err, ErrLabel)
	assert.Contains(t, err.Error(), `"C"`)
	require.ErrorIs(t, tr.Add("text", ""), ErrLabel)
	_, err = tr.Model()
	require.ErrorIs(t, err, ErrNoData)
}

func TestOptionsValidate(t *testing.T) {
	for _, o := range []Options{
		{Tokenizer: tokenize.DefaultOptions(), Kind: "svm", Alpha: 1},
		{Tokenizer: tokenize.DefaultOptions(), Kind: Multinomial, Alpha: 0},
		{Tokenizer: tokenize.DefaultOptions(), Kind: Multinomial, Alpha: math.NaN()},
		{Tokenizer: tokenize.DefaultOptions(), Kind: Multinomial, Alpha: 1, Labels: []corpus.Label{"a", "a"}},
		{Kind: Multinomial, Alpha: 1},
	} {
		_, err := NewTrainer(o)
		assert.ErrorIs(t, err, ErrOptions, "%+v", o)
	}
}

func leaders(t testing.TB) []corpus.Example {
	ex := corpus.Leaders()
	require.NotEmpty(t, ex)
	return ex
}

func saved(t testing.TB, m *Model) []byte {
	var b bytes.Buffer
	require.NoError(t, m.Save(&b))
	return b.Bytes()
}

func TestDeterministicAndMergeable(t *testing.T) {
	ex := leaders(t)
	o := DefaultOptions()
	whole, err := TrainExamples(ex, o)
	require.NoError(t, err)
	again, err := TrainExamples(ex, o)
	require.NoError(t, err)
	assert.Equal(t, saved(t, whole), saved(t, again), "same data and options, same file")

	// Three shards merged equal the whole, count for count.
	var shards []*Model
	for i := range 3 {
		var part []corpus.Example
		for j := i; j < len(ex); j += 3 {
			part = append(part, ex[j])
		}
		m, err := TrainExamples(part, o)
		require.NoError(t, err)
		shards = append(shards, m)
	}
	merged, err := Merge(shards...)
	require.NoError(t, err)
	assert.Equal(t, string(saved(t, whole)), string(saved(t, merged)))

	// Models trained with other options do not merge.
	o2 := o
	o2.Alpha = 2
	other, err := TrainExamples(ex[:10], o2)
	require.NoError(t, err)
	_, err = Merge(whole, other)
	assert.ErrorIs(t, err, ErrOptions)
}

func TestMergeUnionOfLabels(t *testing.T) {
	o := tiny(Multinomial)
	o.Labels = nil
	ab := train(t, o, "A", "a", "B", "b")
	bc := train(t, o, "B", "b b", "C", "c")
	all := train(t, o, "A", "a", "B", "b", "B", "b b", "C", "c")
	m, err := Merge(ab, bc)
	require.NoError(t, err)
	assert.Equal(t, []corpus.Label{"A", "B", "C"}, m.Labels())
	assert.Equal(t, saved(t, all), saved(t, m))
}

func TestSaveLoadRoundTrip(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	for _, gz := range []bool{false, true} {
		var b bytes.Buffer
		if gz {
			w := gzip.NewWriter(&b)
			require.NoError(t, m.Save(w))
			require.NoError(t, w.Close())
		} else {
			require.NoError(t, m.Save(&b))
		}
		back, err := Load(&b)
		require.NoError(t, err)
		assert.Equal(t, m.Options(), back.Options())
		assert.Equal(t, saved(t, m), saved(t, back))
		for _, e := range leaders(t)[:20] {
			assert.Equal(t, m.Predict(e.Text), back.Predict(e.Text))
		}
	}
	path := t.TempDir() + "/m.json.gz"
	require.NoError(t, m.SaveFile(path))
	back, err := LoadFile(path)
	require.NoError(t, err)
	assert.Equal(t, saved(t, m), saved(t, back))
}

func TestLoadErrors(t *testing.T) {
	m := train(t, tiny(Multinomial), "A", "a a b", "B", "b c")
	good := string(saved(t, m))
	var gzBuf bytes.Buffer
	gw := gzip.NewWriter(&gzBuf)
	gw.Write([]byte(good))
	gw.Close()
	tests := []struct {
		name string
		data string
		want error
		msg  string
	}{
		{"empty", "", ErrTruncated, "empty"},
		{"truncated header", good[:20], ErrTruncated, ""},
		{"truncated body", good[:len(good)-15], ErrTruncated, ""},
		{"truncated gzip", gzBuf.String()[:gzBuf.Len()-10], ErrTruncated, ""},
		{"foreign JSON", `{"format":"other","version":1}`, ErrFormat, `"other"`},
		{"not JSON", "PK\x03\x04zipfile", ErrFormat, "not a model file"},
		{"JSONL corpus", "{\"id\":\"a\",\"text\":\"We congratulate him.\",\"label\":\"recognising\"}\n{\"id\":\"b\",\"text\":\"Fraud.\",\"label\":\"hostile\"}\n", ErrFormat, "not a model file"},
		{"one JSONL line", "{\"id\":\"a\",\"text\":\"We congratulate him.\",\"label\":\"recognising\"}\n", ErrFormat, "not a model file"},
		{"cut JSONL line", `{"id":"a","text":"We congr`, ErrFormat, "not a model file"},
		{"CSV corpus", "id,text,label\na,We congratulate him.,recognising\n", ErrFormat, "not a model file"},
		{"other JSON", `{"model":"cnb","alpha":0.5}`, ErrFormat, "not a model file"},
		{"JSON array", `[1,2,3]`, ErrFormat, "not a model file"},
		{"newer version", strings.Replace(good, `"stancekit-model","version":2,`, `"stancekit-model","version":7,`, 1), ErrVersion, "version 7"},
		{"negative count", strings.Replace(good, `["a",2,0]`, `["a",-2,0]`, 1), ErrCorrupt, "non-negative"},
		{"fractional count", strings.Replace(good, `["a",2,0]`, `["a",2.5,0]`, 1), ErrCorrupt, "non-negative"},
		{"short row", strings.Replace(good, `["a",2,0]`, `["a",2]`, 1), ErrCorrupt, "values"},
		{"document counts", strings.Replace(good, `"documents":[1,1]`, `"documents":[1]`, 1), ErrCorrupt, "document counts"},
		{"unsorted features", strings.Replace(good, `["a",2,0]`, `["z",2,0]`, 1), ErrCorrupt, "order"},
		{"bad alpha", strings.Replace(good, `"alpha":1`, `"alpha":-1`, 1), ErrCorrupt, "alpha"},
		{"corrupt byte inside", strings.Replace(good, `"labels":[`, `"labels":{`, 1), ErrCorrupt, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Load(strings.NewReader(tc.data))
			require.ErrorIs(t, err, tc.want)
			assert.Contains(t, err.Error(), tc.msg)
		})
	}
	_, err := Load(strings.NewReader(good))
	require.NoError(t, err)
}

func TestExplainSumsToMargin(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	for _, e := range leaders(t) {
		x := m.Explain(e.Text)
		sum := x.Prior
		for _, c := range x.Contributions {
			sum += c.Weight
			assert.True(t, c.Start >= 0 && c.End <= len(e.Text) && c.Start < c.End)
		}
		assert.InDelta(t, x.Margin, sum, 1e-9)
		p := x.Prediction
		assert.InDelta(t, math.Log(p.ProbabilityOf(x.Label)/p.ProbabilityOf(x.RunnerUp)), x.Margin/x.Temperature, 1e-6, e.Text)
	}
	x := m.Explain("We are not ready to recognise him.")
	var negated bool
	for _, c := range x.Contributions {
		negated = negated || c.Negated
	}
	assert.True(t, negated)
}

func TestMostInformative(t *testing.T) {
	m := train(t, tiny(Multinomial), "A", "a a a b", "B", "b c c")
	inf := m.MostInformative("A", 1, 1)
	require.Len(t, inf, 1)
	assert.Equal(t, "a", inf[0].Feature)
	// θ(A,a) = 4/7, θ(B,a) = 1/6.
	assert.InDelta(t, math.Log((4.0/7)/(1.0/6)), inf[0].LogRatio, 1e-12)
	assert.Empty(t, m.MostInformative("A", 5, 100))
	assert.Nil(t, m.MostInformative("Z", 5, 1))
}

func TestAbstention(t *testing.T) {
	m := train(t, tiny(Multinomial), "A", "a a b", "B", "b c")
	strict := m.WithAbstention(Abstention{MinProbability: 0.9})
	p := strict.Predict("a b")
	assert.True(t, p.Abstained)
	assert.Equal(t, corpus.Label("A"), p.Label, "the label is still reported")
	assert.False(t, m.Predict("a b").Abstained)
	assert.True(t, m.WithAbstention(Abstention{MinMargin: 0.5}).Predict("a b").Abstained) // 25/37 − 12/37 < 0.5
}

func TestConcurrentPredict(t *testing.T) {
	m, err := Default()
	require.NoError(t, err)
	ex := leaders(t)
	want := make([]Prediction, len(ex))
	for i, e := range ex {
		want[i] = m.Predict(e.Text)
	}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Go(func() {
			for i := w; i < len(ex); i += 8 {
				assert.Equal(t, want[i], m.Predict(ex[i].Text))
			}
		})
	}
	wg.Wait()
	texts := make([]string, len(ex))
	for i, e := range ex {
		texts[i] = e.Text
	}
	assert.Equal(t, want, m.PredictAll(texts))
}

func TestPredictDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not meaningful under -race")
	}
	m, err := Default()
	require.NoError(t, err)
	text := "We are not ready to recognise the new president until the courts have ruled."
	m.Predict(text)
	assert.Zero(t, testing.AllocsPerRun(100, func() { m.Predict(text) }))
}

func TestManyLabels(t *testing.T) {
	o := tiny(Multinomial)
	o.Labels = nil
	m := train(t, o, "a", "x", "b", "y", "c", "z", "d", "w", "e", "v", "f", "u")
	p := m.Predict("v")
	assert.Equal(t, corpus.Label("e"), p.Label)
	var sum float64
	for _, v := range p.Probs() {
		sum += v
	}
	assert.InDelta(t, 1, sum, 1e-12)
}

func FuzzLoad(f *testing.F) {
	m := train(f, tiny(Multinomial), "A", "a a b", "B", "b c")
	f.Add(saved(f, m))
	cal, err := m.WithCalibration(Calibration{Temperature: 2.5})
	require.NoError(f, err)
	f.Add(saved(f, cal))
	f.Add([]byte(`{"format":"stancekit-model","version":1}`))
	f.Add([]byte(`{"format":"stancekit-model","version":1,"labels":["A"],"documents":[1],"features":[["a",1e400]]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := Load(bytes.NewReader(data))
		if err != nil {
			return
		}
		m.Predict("a b c")
		var b bytes.Buffer
		if err := m.Save(&b); err != nil {
			t.Fatal(err)
		}
		if _, err := Load(&b); err != nil {
			t.Fatalf("a loaded model does not reload: %v", err)
		}
	})
}

func TestPredictionJSON(t *testing.T) {
	p := NewPrediction([]corpus.Label{"a", "b"}, []float64{0.123456, 0.876544})
	j := p.JSON(4)
	assert.Equal(t, corpus.Label("b"), j.Label)
	assert.Equal(t, 0.8765, j.Probability)
	assert.Equal(t, map[corpus.Label]float64{"a": 0.1235, "b": 0.8765}, j.Probabilities)
	assert.Equal(t, 0.876544, p.JSON(-1).Probability)
}

func TestTrainReportsTheFirstError(t *testing.T) {
	o := tiny(Multinomial)
	readErr := errors.New("disk on fire")
	seq := func(yield func(corpus.Example, error) bool) {
		for i := range 1000 {
			label := corpus.Label("A")
			if i == 700 {
				label = "Z" // unknown: the first problem in input order
			}
			if !yield(corpus.Example{ID: fmt.Sprint(i), Text: "a b", Label: label}, nil) {
				return
			}
		}
		yield(corpus.Example{}, readErr)
	}
	_, err := Train(seq, o)
	require.ErrorIs(t, err, ErrLabel)
	assert.Contains(t, err.Error(), "example 700")

	clean := func(yield func(corpus.Example, error) bool) {
		for i := range 10 {
			if !yield(corpus.Example{ID: fmt.Sprint(i), Text: "a", Label: "A"}, nil) {
				return
			}
		}
		yield(corpus.Example{}, readErr)
	}
	_, err = Train(clean, o)
	assert.ErrorIs(t, err, readErr)
}

func TestLoadRejectsOverflowingCounts(t *testing.T) {
	m := train(t, tiny(Multinomial), "A", "a b", "B", "b c")
	good := string(saved(t, m))
	big := "9007199254740992" // 2^53: allowed per count
	bad := strings.Replace(good, `["a",1,0]`, `["a",`+big+`,0]`, 1)
	bad = strings.Replace(bad, `["b",1,1]`, `["b",`+big+`,1]`, 1)
	require.NotEqual(t, good, bad)
	// Two counts of 2^53 do not overflow 64 bits: this one loads...
	_, err := Load(strings.NewReader(bad))
	require.NoError(t, err)
	// ...but document counts that wrap do not.
	wrap := strings.Replace(good, `"documents":[1,1]`, `"documents":[18446744073709551615,1]`, 1)
	_, err = Load(strings.NewReader(wrap))
	require.ErrorIs(t, err, ErrCorrupt)
	assert.Contains(t, err.Error(), "overflow")
}

// Sorting by prefix8 and then by text must give the text order, including
// texts that are prefixes of each other, share eight bytes, or hold NUL
// and high bytes.
func TestPrefixOrder(t *testing.T) {
	texts := []string{"", "a", "a\x00", "a\x00b", "ab", "abcdefgh", "abcdefgh\x00", "abcdefghi", "abcdefgi",
		"NOT_recogn", "NOT_recogn elect", "not readi", "\xff", "\xffa", "é", "e", "zz", "the president-elect"}
	r := uint64(7)
	for range 2000 {
		var b []byte
		for range int(r % 12) {
			r ^= r << 13
			r ^= r >> 7
			r ^= r << 17
			b = append(b, "ab\x00\xff "[r%5])
		}
		texts = append(texts, string(b))
	}
	want := slices.Clone(texts)
	slices.Sort(want)
	got := slices.Clone(texts)
	slices.SortFunc(got, func(a, b string) int {
		if pa, pb := prefix8(a), prefix8(b); pa != pb {
			return cmp.Compare(pa, pb)
		}
		return strings.Compare(a, b)
	})
	assert.Equal(t, want, got)
}

// Prediction reads the fingerprint table until the three-label table is
// built; both must give the same scores, bit for bit, and the table must
// be built once a scratch has served fast3After predictions.
func TestFast3SameScores(t *testing.T) {
	m, err := TrainExamples(corpus.Leaders(), LeaderOptions())
	require.NoError(t, err)
	texts := make([]string, 0, 1800)
	for _, e := range corpus.Leaders() {
		texts = append(texts, e.Text)
	}
	before := make([]Prediction, len(texts))
	for i, text := range texts {
		before[i] = m.Predict(text)
	}
	require.Nil(t, m.t().fast3.Load(), "built too early")
	m.buildFast3()
	require.NotNil(t, m.t().fast3.Load())
	for i, text := range texts {
		after := m.Predict(text)
		require.Equal(t, before[i].Probs(), after.Probs(), "%q", text)
		require.Equal(t, before[i].Known, after.Known)
	}

	// Built after fast3After predictions, whichever goroutines made them,
	// while others predict. (Under -race the pool drops a quarter of the
	// scratch spaces put back, so few reach a step and the build comes
	// late; the race detector still sees the concurrent predictions.)
	fresh, err := TrainExamples(corpus.Leaders(), LeaderOptions())
	require.NoError(t, err)
	want := make([]Prediction, len(texts))
	for i, text := range texts {
		want[i] = fresh.Predict(text)
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range fast3After / 2 {
				k := (g*fast3After/2 + i) % len(texts)
				if p := fresh.Predict(texts[k]); !slices.Equal(p.Probs(), want[k].Probs()) {
					t.Errorf("%q: %v, want %v", texts[k], p.Probs(), want[k].Probs())
					return
				}
			}
		})
	}
	wg.Wait()
	if !raceEnabled {
		assert.NotNil(t, fresh.t().fast3.Load(), "not built after %d predictions", 2*fast3After)
	}
}

// Building the three-label table while other goroutines predict: no race,
// and the same probabilities before, during and after.
func TestFast3BuildWhilePredicting(t *testing.T) {
	m, err := TrainExamples(corpus.Leaders(), LeaderOptions())
	require.NoError(t, err)
	texts := make([]string, 0, 300)
	for _, e := range corpus.Leaders()[:300] {
		texts = append(texts, e.Text)
	}
	want := m.PredictAll(texts)
	var wg sync.WaitGroup
	for range 3 {
		wg.Go(func() {
			for range 3 {
				for k, text := range texts {
					if p := m.Predict(text); !slices.Equal(p.Probs(), want[k].Probs()) {
						t.Errorf("%q: %v, want %v", text, p.Probs(), want[k].Probs())
						return
					}
				}
			}
		})
	}
	m.buildFast3()
	wg.Wait()
	require.NotNil(t, m.t().fast3.Load())
}

// Labels that differ only in case are one class spelled two ways: an error
// naming both spellings, wherever the two meet.
func TestCaseOnlyLabelClash(t *testing.T) {
	free := tiny(Multinomial)
	free.Labels = nil
	fixed := tiny(Multinomial)
	fixed.Labels = []corpus.Label{"positive", "negative"}
	stream := func(labels ...corpus.Label) iter.Seq2[corpus.Example, error] {
		return func(yield func(corpus.Example, error) bool) {
			for i, l := range labels {
				if !yield(corpus.Example{ID: fmt.Sprint(i), Text: "good film", Label: l}, nil) {
					return
				}
			}
		}
	}
	merged := func(o Options) error {
		a, err := NewTrainer(o)
		require.NoError(t, err)
		b, err := NewTrainer(o)
		require.NoError(t, err)
		require.NoError(t, a.Add("good", "positive"))
		require.NoError(t, b.Add("good", "Positive"))
		return a.Merge(b)
	}
	for _, tc := range []struct {
		name string
		run  func() error
		want error
	}{
		{"learned labels", func() error {
			_, err := Train(stream("positive", "negative", "Positive"), free)
			return err
		}, ErrLabel},
		{"fixed labels", func() error {
			_, err := Train(stream("positive", "Positive"), fixed)
			return err
		}, ErrLabel},
		{"merged trainers", func() error { return merged(free) }, ErrLabel},
		{"options", func() error {
			o := free
			o.Labels = []corpus.Label{"positive", "negative", "Positive"}
			_, err := NewTrainer(o)
			return err
		}, ErrOptions},
	} {
		t.Run(tc.name, func(t *testing.T) {
			err := tc.run()
			require.ErrorIs(t, err, tc.want)
			assert.ErrorContains(t, err, `labels "positive" and "Positive" differ only in case`)
		})
	}
}

// Corpus files handed to LoadFile by mistake are named as what they are not.
func TestLoadFileCorpus(t *testing.T) {
	for _, path := range []string{"../corpus/leaders.jsonl", "testdata/reviews.jsonl"} {
		_, err := LoadFile(path)
		require.ErrorIs(t, err, ErrFormat, path)
		assert.ErrorContains(t, err, path+": not a model file")
	}
}
