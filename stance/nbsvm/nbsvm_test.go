package nbsvm

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/tokenize"
)

// unigrams is a tokenizer whose features are the lower-cased words.
func unigrams() tokenize.Options {
	o := tokenize.DefaultOptions()
	o.Stem, o.Negation, o.StopWords = false, false, false
	o.NGramMin, o.NGramMax = 1, 1
	return o
}

// exact returns options that solve the SVM to high precision, so that
// results can be compared with closed forms.
func exact() Options {
	o := DefaultOptions()
	o.Tokenizer = unigrams()
	o.Epsilon = 1e-10
	o.MaxPasses = 100000
	return o
}

func TestLogCountRatio(t *testing.T) {
	// p + α = (3, 1)/4, q + α = (1, 3)/4: r = (log 3, −log 3).
	r := logCountRatio([]float64{2, 0}, []float64{0, 2}, 1)
	assert.InDeltaSlice(t, []float64{math.Log(3), -math.Log(3)}, r, 1e-12)
	// p + α = (2, 2, 1)/5, q + α = (1, 2, 2)/5: r = (log 2, 0, −log 2).
	r = logCountRatio([]float64{1, 1, 0}, []float64{0, 1, 1}, 1)
	assert.InDeltaSlice(t, []float64{math.Ln2, 0, -math.Ln2}, r, 1e-12)
	// Unequal totals are normalised: p + α = (4, 1)/5, q + α = (1, 1)/2.
	r = logCountRatio([]float64{3.5, 0.5}, []float64{0.5, 0.5}, 0.5)
	assert.InDeltaSlice(t, []float64{math.Log(0.8 / 0.5), math.Log(0.2 / 0.5)}, r, 1e-12)
}

func TestInterpolate(t *testing.T) {
	// w̄ = (1 + 3)/2 = 2; w′ = 0.75·2 + 0.25·w.
	w := []float64{1, -3}
	interpolate(w, 0.25)
	assert.InDeltaSlice(t, []float64{1.75, 0.75}, w, 1e-12)
	w = []float64{1, -3}
	interpolate(w, 1)
	assert.InDeltaSlice(t, []float64{1, -3}, w, 1e-12)
	w = []float64{1, -3}
	interpolate(w, 0)
	assert.InDeltaSlice(t, []float64{2, 2}, w, 1e-12)
	interpolate(nil, 0.5) // no panic on an empty vocabulary
}

func TestPriorIntercept(t *testing.T) {
	// β = 1: the SVM's b. β = 0: w̄ log((N₊+1)/(N₋+1)).
	assert.InDelta(t, 0.7, priorIntercept(0.7, 2, 3, 7, 1), 1e-12)
	assert.InDelta(t, 2*math.Log(4.0/8), priorIntercept(0.7, 2, 3, 7, 0), 1e-12)
	assert.InDelta(t, 0.5*2*math.Log(4.0/8)+0.5*0.7, priorIntercept(0.7, 2, 3, 7, 0.5), 1e-12)
}

// oneDim is the data x = +1 (y = +1), x = −1 (y = −1), without bias.
func oneDim() (rows, []float64) {
	return rows{ptr: []int{0, 1, 2}, col: []int32{0, 0}, val: []float64{1, -1}}, []float64{1, -1}
}

func TestSolveDualClosedForms(t *testing.T) {
	x, y := oneDim()
	rng := func() *rand.Rand { return rand.New(rand.NewPCG(1, 2)) }
	// L2 loss: min ½w² + 2C(1 − w)² ⇒ w = 4C/(1 + 4C).
	for _, c := range []float64{0.25, 1, 10} {
		w := solveDual(x, y, 1, c, L2Loss, 1e-12, 100000, rng())
		assert.InDelta(t, 4*c/(1+4*c), w[0], 1e-9, "C=%v", c)
	}
	// L1 loss: min ½w² + 2C·max(0, 1 − w) ⇒ w = min(2C, 1).
	for _, c := range []float64{0.1, 0.25, 1, 10} {
		w := solveDual(x, y, 1, c, L1Loss, 1e-12, 100000, rng())
		assert.InDelta(t, math.Min(2*c, 1), w[0], 1e-9, "C=%v", c)
	}
	// With a bias column and a hard margin (large C, hinge): points (2, 1)
	// labelled +1 and (0, 1) labelled −1; min ½(w² + b²) subject to
	// 2w + b ≥ 1 and −b ≥ 1 gives w = 1, b = −1.
	xb := rows{ptr: []int{0, 2, 4}, col: []int32{0, 1, 0, 1}, val: []float64{2, 1, 0, 1}}
	w := solveDual(xb, []float64{1, -1}, 2, 1000, L1Loss, 1e-12, 100000, rng())
	assert.InDeltaSlice(t, []float64{1, -1}, w, 1e-9)
}

// TestTrainHandChecked: "good" is pos, "bad" is neg. For label pos,
// r = (log 2, −log 2) over (good, bad) and x̃ = (L, 0, 1) for "good"
// (y = +1), (0, −L, 1) for "bad" (y = −1), L = log 2. By symmetry the L2-loss
// SVM has w = (u, u, 0) minimising u² + 2C(1 − uL)², so u = 2CL/(1 + 2CL²),
// w̄ = u for every β, and the decision value of "good" is uL for pos and,
// by the mirror problem, −uL for neg; the intercepts are 0 with or without
// PriorBias (N₊ = N₋).
func TestTrainHandChecked(t *testing.T) {
	const c = 1.0
	L := math.Ln2
	u := 2 * c * L / (1 + 2*c*L*L)
	for _, beta := range []float64{0, 0.25, 1} {
		for _, prior := range []bool{false, true} {
			o := exact()
			o.C, o.Beta, o.PriorBias = c, beta, prior
			m, err := Train([]string{"good", "bad"}, []corpus.Label{"pos", "neg"}, o)
			require.NoError(t, err)
			assert.Equal(t, []corpus.Label{"neg", "pos"}, m.Labels())
			assert.Equal(t, 2, m.VocabularySize())
			assert.InDeltaSlice(t, []float64{-u * L, u * L}, m.Decision("good"), 1e-9, "β=%v prior=%v", beta, prior)
			assert.InDeltaSlice(t, []float64{u * L, -u * L}, m.Decision("Bad!"), 1e-9)
			assert.InDeltaSlice(t, []float64{0, 0}, m.Decision("unseen"), 1e-9)

			p := m.Predict("good")
			assert.Equal(t, corpus.Label("pos"), p.Label)
			assert.InDelta(t, 1/(1+math.Exp(-2*u*L)), p.Probability, 1e-9)
			assert.Equal(t, 1, p.Known)
			q := m.Predict("unseen words")
			assert.True(t, q.NoFeatures)
			assert.InDelta(t, 0.5, q.Probability, 1e-9)
		}
	}
}

// With β = 0 and PriorBias the decision rule is naive Bayes' log-odds with
// the prior, times w̄ > 0, so the sign of the decision of a binary model
// agrees with Σ r + log((N₊+1)/(N₋+1)).
func TestBetaZeroIsNaiveBayes(t *testing.T) {
	texts := []string{"good film", "good fun", "great fun", "bad film", "dull", "bad bad plot", "good plot but dull"}
	labels := []corpus.Label{"pos", "pos", "pos", "neg", "neg", "neg", "neg"}
	o := exact()
	o.Beta, o.PriorBias = 0, true
	m, err := Train(texts, labels, o)
	require.NoError(t, err)
	an := tokenize.MustNew(o.Tokenizer)
	// Count binarised features by hand.
	p, q := map[string]float64{}, map[string]float64{}
	vocab := map[string]bool{}
	for i, text := range texts {
		seen := map[string]bool{}
		for _, f := range an.Features(text) {
			if seen[f.Text] {
				continue
			}
			seen[f.Text] = true
			vocab[f.Text] = true
			if labels[i] == "pos" {
				p[f.Text]++
			} else {
				q[f.Text]++
			}
		}
	}
	var np, nq float64
	for f := range vocab {
		np += p[f] + o.Alpha
		nq += q[f] + o.Alpha
	}
	for _, text := range []string{"good", "dull film", "bad fun", "great plot", "film"} {
		nb := math.Log(4.0 / 5) // (N₊+1)/(N₋+1) = 4/5
		for _, f := range an.Features(text) {
			if vocab[f.Text] {
				nb += math.Log((p[f.Text]+o.Alpha)/np) - math.Log((q[f.Text]+o.Alpha)/nq)
			}
		}
		d := m.Decision(text)
		assert.Equal(t, nb > 0, d[1] > 0, "%q: NB log-odds %v, decision %v", text, nb, d)
	}
}

func TestTrainGroups(t *testing.T) {
	// "win" means pos in group a and neg in group b; "ok" is neutral-ish.
	var texts, groups []string
	var labels []corpus.Label
	for range 5 {
		texts = append(texts, "win now", "lose now", "win today", "lose today")
		groups = append(groups, "a", "a", "b", "b")
		labels = append(labels, "pos", "neg", "neg", "pos")
	}
	o := exact()
	o.C, o.Beta = 10, 1
	m, err := TrainGroups(texts, groups, labels, o)
	require.NoError(t, err)
	assert.Equal(t, corpus.Label("pos"), m.Group("a").Predict("win").Label)
	assert.Equal(t, corpus.Label("neg"), m.Group("b").Predict("win").Label)
	assert.Equal(t, corpus.Label("neg"), m.Group("a").Predict("lose").Label)
	assert.Equal(t, corpus.Label("pos"), m.Group("b").Predict("lose").Label)
	// The own features are counted, not the conjoined copies.
	assert.Equal(t, 1, m.Group("a").Predict("win").Known)
	assert.True(t, m.Group("a").Predict("unseen").NoFeatures)
	// An unknown group and the model itself see the shared features only.
	assert.Equal(t, m.Predict("win").Probs(), m.Group("zzz").Predict("win").Probs())
	// A model trained without groups ignores the group.
	plain, err := Train(texts, labels, o)
	require.NoError(t, err)
	assert.Equal(t, plain.Decision("win"), plain.Group("a").Decision("win"))

	_, err = TrainGroups(texts, groups[:3], labels, o)
	assert.ErrorIs(t, err, ErrTrain)
}

// threeLabels returns a small three-label corpus.
func threeLabels() ([]string, []corpus.Label) {
	var texts []string
	var labels []corpus.Label
	words := map[corpus.Label][]string{
		"FAVOR":   {"support", "great", "yes", "love", "vote"},
		"AGAINST": {"oppose", "terrible", "no", "hate", "vote"},
		"NONE":    {"weather", "lunch", "today", "game", "love"},
	}
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range 90 {
		l := []corpus.Label{"FAVOR", "AGAINST", "NONE"}[i%3]
		ws := words[l]
		texts = append(texts, fmt.Sprintf("%s %s and %s", ws[rng.IntN(5)], ws[rng.IntN(5)], ws[rng.IntN(5)]))
		labels = append(labels, l)
	}
	return texts, labels
}

func TestDeterministicAndLabelOrder(t *testing.T) {
	texts, labels := threeLabels()
	o := DefaultOptions()
	o.Tokenizer = unigrams()
	o.Tokenizer.CharNGramMin, o.Tokenizer.CharNGramMax = 2, 4
	o.Seed = 42
	o.Labels = []corpus.Label{"FAVOR", "AGAINST", "NONE"}
	a, err := Train(texts, labels, o)
	require.NoError(t, err)
	b, err := Train(texts, labels, o)
	require.NoError(t, err)
	assert.Equal(t, o.Labels, a.Labels())
	assert.Equal(t, o.Labels, a.Options().Labels)
	for _, text := range append(texts, "support and love", "hate the weather", "") {
		assert.Equal(t, a.Decision(text), b.Decision(text), text)
	}
	assert.Equal(t, corpus.Label("FAVOR"), a.Predict("great support").Label)
	assert.Equal(t, corpus.Label("AGAINST"), a.Predict("terrible, I oppose").Label)
	assert.Equal(t, corpus.Label("NONE"), a.Predict("lunch and the game").Label)
	p := a.Predict("yes")
	var sum float64
	for _, v := range p.Probs() {
		sum += v
	}
	assert.InDelta(t, 1, sum, 1e-12)

	// Training accuracy of a classifier through the stance.Classifier
	// interface, with the hinge loss too.
	o.Loss = L1Loss
	var c stance.Classifier
	exs := make([]corpus.Example, len(texts))
	for i := range texts {
		exs[i] = corpus.Example{Text: texts[i], Label: labels[i]}
	}
	c, err = TrainFunc(o)(exs)
	require.NoError(t, err)
	right := 0
	for i, text := range texts {
		if c.Predict(text).Label == labels[i] {
			right++
		}
	}
	assert.Greater(t, right, 80)
}

func TestConcurrentPredict(t *testing.T) {
	texts, labels := threeLabels()
	o := DefaultOptions()
	o.Tokenizer = unigrams()
	m, err := Train(texts, labels, o)
	require.NoError(t, err)
	want := make([]stance.Prediction, len(texts))
	for i, text := range texts {
		want[i] = m.Predict(text)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for i, text := range texts {
				got := m.Predict(text)
				if got.Label != want[i].Label || got.Probability != want[i].Probability {
					t.Errorf("%q: %v, want %v", text, got.Label, want[i].Label)
				}
			}
		})
	}
	wg.Wait()
}

func TestPredictDoesNotAllocate(t *testing.T) {
	if raceEnabled {
		t.Skip("allocation counts are not meaningful under -race")
	}
	texts, labels := threeLabels()
	o := DefaultOptions()
	o.Tokenizer = unigrams()
	o.Tokenizer.CharNGramMin, o.Tokenizer.CharNGramMax = 3, 5
	m, err := Train(texts, labels, o)
	require.NoError(t, err)
	text := "I support the vote and love it"
	m.Predict(text)
	assert.Zero(t, testing.AllocsPerRun(100, func() { m.Predict(text) }))
}

func TestErrors(t *testing.T) {
	ok := DefaultOptions()
	require.NoError(t, ok.Validate())
	bad := map[string]func(*Options){
		"alpha":      func(o *Options) { o.Alpha = 0 },
		"beta":       func(o *Options) { o.Beta = 1.5 },
		"C":          func(o *Options) { o.C = -1 },
		"loss":       func(o *Options) { o.Loss = "l3" },
		"bias":       func(o *Options) { o.Bias = math.NaN() },
		"epsilon":    func(o *Options) { o.Epsilon = 0 },
		"max passes": func(o *Options) { o.MaxPasses = 0 },
		"labels":     func(o *Options) { o.Labels = []corpus.Label{"a", "a"} },
		"tokenizer":  func(o *Options) { o.Tokenizer.NGramMax = 9 },
	}
	for name, edit := range bad {
		o := DefaultOptions()
		edit(&o)
		assert.ErrorIs(t, o.Validate(), ErrOptions, name)
		_, err := Train([]string{"a", "b"}, []corpus.Label{"x", "y"}, o)
		assert.ErrorIs(t, err, ErrOptions, name)
	}
	o := DefaultOptions()
	for name, call := range map[string]func() error{
		"no data":     func() error { _, err := Train(nil, nil, o); return err },
		"lengths":     func() error { _, err := Train([]string{"a"}, nil, o); return err },
		"one label":   func() error { _, err := Train([]string{"a", "b"}, []corpus.Label{"x", "x"}, o); return err },
		"empty label": func() error { _, err := Train([]string{"a", "b"}, []corpus.Label{"x", ""}, o); return err },
		"unknown label": func() error {
			oo := o
			oo.Labels = []corpus.Label{"x", "y"}
			_, err := Train([]string{"a", "b"}, []corpus.Label{"x", "z"}, oo)
			return err
		},
	} {
		assert.ErrorIs(t, call(), ErrTrain, name)
	}
}

// A label with no statements (fixed by Options.Labels) is never
// predicted, and nothing becomes NaN.
func TestEmptyLabel(t *testing.T) {
	o := DefaultOptions()
	o.Tokenizer = unigrams()
	o.Labels = []corpus.Label{"a", "b", "c"}
	m, err := Train([]string{"x y", "z", "x"}, []corpus.Label{"a", "b", "a"}, o)
	require.NoError(t, err)
	for _, text := range []string{"x", "z", "q", ""} {
		p := m.Predict(text)
		assert.NotEqual(t, corpus.Label("c"), p.Label)
		for _, v := range p.Probs() {
			assert.False(t, math.IsNaN(v), text)
		}
	}
}
