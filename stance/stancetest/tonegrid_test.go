//go:build tonegrid

package stancetest_test

import (
	"fmt"
	"math"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/corpus/sentiment"
	"github.com/stancekit/stancekit/stance"
	"github.com/stancekit/stancekit/stance/evaluate"
)

// toneVariant is one configuration of the tone grid: options, and the
// weight λ and valence threshold of a VADER lexicon prior (λ = 0: none).
type toneVariant struct {
	name      string
	set       func(*stance.Options)
	lambda    float64
	threshold float64
}

// toneGrid is what was tried against stance.ToneOptions for issue #16:
// the VADER lexicon prior as the default polarity model has it (every
// word of valence v with |v| ≥ threshold as round(λ·|v|) one-word
// statements of its sign, neutral none; multinomial NB also counts them
// in its class prior, hence the variants with a uniform prior), and the
// single changes of the options within the engine's reach.
func toneGrid() []toneVariant {
	keep := func(*stance.Options) {}
	uniform := func(o *stance.Options) { o.UniformPrior = true }
	complement := func(o *stance.Options) { o.Kind = stance.Complement }
	var g []toneVariant
	for _, l := range []float64{0.25, 0.5, 1, 2, 4} {
		g = append(g, toneVariant{fmt.Sprintf("lexicon λ=%v", l), keep, l, 0})
	}
	for _, l := range []float64{0.25, 0.5, 1, 2, 4} {
		g = append(g, toneVariant{fmt.Sprintf("lexicon λ=%v, uniform prior", l), uniform, l, 0})
	}
	for _, l := range []float64{0.5, 1, 2} {
		g = append(g, toneVariant{fmt.Sprintf("lexicon |v|≥2 λ=%v, uniform prior", l), uniform, l, 2})
	}
	for _, l := range []float64{0.5, 1, 2} {
		g = append(g, toneVariant{fmt.Sprintf("lexicon λ=%v, complement NB", l), complement, l, 0})
	}
	for _, c := range []struct {
		name string
		set  func(*stance.Options)
	}{
		{"uniform prior", uniform},
		{"binary", func(o *stance.Options) { o.Binary = true }},
		{"α=0.2", func(o *stance.Options) { o.Alpha = 0.2 }},
		{"α=0.3", func(o *stance.Options) { o.Alpha = 0.3 }},
		{"α=0.4", func(o *stance.Options) { o.Alpha = 0.4 }},
		{"α=0.7", func(o *stance.Options) { o.Alpha = 0.7 }},
		{"1-2-grams", func(o *stance.Options) { o.Tokenizer.NGramMax = 2 }},
		{"1-4-grams", func(o *stance.Options) { o.Tokenizer.NGramMax = 4 }},
		{"char 2-4-grams too", func(o *stance.Options) { o.Tokenizer.CharNGramMin, o.Tokenizer.CharNGramMax = 2, 4 }},
		{"tweet (elongations, emoticons)", func(o *stance.Options) { o.Tokenizer.Tweet = true }},
		{"no sentence bounds", func(o *stance.Options) { o.Tokenizer.SentenceBounds = false }},
		{"no negation", func(o *stance.Options) { o.Tokenizer.Negation = false }},
		{"no stemming", func(o *stance.Options) { o.Tokenizer.Stem = false }},
		{"no name masking", func(o *stance.Options) { o.Tokenizer.MaskNames = false }},
		{"no contractions", func(o *stance.Options) { o.Tokenizer.Contractions = false }},
		{"complement NB, α=0.2", func(o *stance.Options) { o.Kind, o.Alpha = stance.Complement, 0.2 }},
	} {
		g = append(g, toneVariant{c.name, c.set, 0, 0})
	}
	return g
}

// withValence returns the entries of lex whose valence is at least t in
// absolute value.
func withValence(lex map[string]float64, t float64) map[string]float64 {
	out := make(map[string]float64, len(lex))
	for w, v := range lex {
		if math.Abs(v) >= t {
			out[w] = v
		}
	}
	return out
}

// toneCV runs leave-elections-out cross-validation (cv) on exs of
// stance.ToneOptions changed by v, with v's lexicon prior added to every
// training part and never tested.
func toneCV(t *testing.T, exs []corpus.Example, lex map[string]float64, v toneVariant, cv evaluate.CVOptions) *evaluate.Predictions {
	t.Helper()
	p, err := evaluate.CrossValidate(exs, toneTrainer(lex, v), cv)
	if err != nil {
		t.Fatalf("%s: %v", v.name, err)
	}
	return p
}

// toneTrainer trains stance.ToneOptions changed by v on a training part
// and v's lexicon prior.
func toneTrainer(lex map[string]float64, v toneVariant) stance.TrainFunc {
	o := stance.ToneOptions()
	if v.set != nil {
		v.set(&o)
	}
	var prior []corpus.Example
	if v.lambda > 0 {
		prior = sentiment.LexiconExamples(withValence(lex, v.threshold), v.lambda)
	}
	return func(part []corpus.Example) (stance.Classifier, error) {
		return stance.TrainExamples(append(part[:len(part):len(part)], prior...), o)
	}
}

// toneExamples returns the tones of corpus.English and the
// leave-elections-out 10-fold cross-validation (seed 1) of the grid.
func toneExamples(t *testing.T) ([]corpus.Example, evaluate.CVOptions) {
	exs, err := corpus.Relabel(corpus.English(), stance.TaskTone)
	if err != nil {
		t.Fatal(err)
	}
	return exs, evaluate.CVOptions{Folds: 10, Seed: 1, Group: corpus.Example.Election, Labels: corpus.ToneLabels()}
}

// TestToneGrid prints the leave-elections-out 10-fold macro-F1 (seed 1)
// of every variant of toneGrid on the tones of corpus.English, with the
// paired bootstrap 95% interval of its difference from stance.ToneOptions
// (README.md, "Tone of leaders' remarks", "tried, did not help"), and
// checks that the default is still the choice: no variant's interval lies
// above 0. If one does, that variant gains beyond noise and should become
// the default. It trains 33 × 10 models; run it with
//
//	go test -tags tonegrid -run TestToneGrid -v -timeout 30m ./stance/stancetest
func TestToneGrid(t *testing.T) {
	exs, cv := toneExamples(t)
	lex := sentiment.VADER()
	base := toneCV(t, exs, lex, toneVariant{name: "default"}, cv)
	t.Logf("%-36s macro-F1 %.4f", "stance.ToneOptions", evaluate.Compute(base).MacroF1)
	for _, v := range toneGrid() {
		p := toneCV(t, exs, lex, v, cv)
		cmp, err := evaluate.Compare(p, base, evaluate.BootstrapOptions{})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%-36s macro-F1 %.4f  diff %+.4f [%+.4f, %+.4f]  McNemar p %.3f",
			v.name, evaluate.Compute(p).MacroF1, cmp.MacroF1Diff, cmp.MacroF1DiffCI.Lo, cmp.MacroF1DiffCI.Hi, cmp.P)
		if cmp.MacroF1DiffCI.Lo > 0 {
			t.Errorf("%s gains beyond noise (%+.4f, 95%% CI %v): make it the default tone options", v.name, cmp.MacroF1Diff, cmp.MacroF1DiffCI)
		}
	}
}

// TestToneLexiconNested measures the lexicon prior with its weight chosen
// inside each outer fold, as a default would choose it: for each of the
// 10 leave-elections-out outer folds (seed 1), the candidate (no prior,
// or λ from the grid, with the document-count or the uniform class prior)
// with the best 5-fold leave-elections-out macro-F1 on the fold's
// training part alone is trained on that part and predicts the fold's
// test part. The test fails if the nested estimate beats
// stance.ToneOptions beyond noise (paired bootstrap 95% interval above
// 0). It trains about 420 models; run it with
//
//	go test -tags tonegrid -run TestToneLexiconNested -v -timeout 30m ./stance/stancetest
func TestToneLexiconNested(t *testing.T) {
	exs, cv := toneExamples(t)
	lex := sentiment.VADER()
	uniform := func(o *stance.Options) { o.UniformPrior = true }
	candidates := []toneVariant{{name: "no prior"}}
	for _, l := range []float64{0.25, 0.5, 1, 2} {
		candidates = append(candidates, toneVariant{name: fmt.Sprintf("λ=%v", l), lambda: l})
	}
	for _, l := range []float64{0.25, 0.5, 1} {
		candidates = append(candidates, toneVariant{name: fmt.Sprintf("λ=%v, uniform prior", l), set: uniform, lambda: l})
	}
	folds, err := evaluate.Folds(exs, cv)
	if err != nil {
		t.Fatal(err)
	}
	preds := make([]stance.Prediction, len(exs))
	inner := cv
	inner.Folds = 5
	for f, fold := range folds {
		part := pick(exs, fold.Train)
		best, bestF1 := candidates[0], -1.0
		for _, c := range candidates {
			if m := evaluate.Compute(toneCV(t, part, lex, c, inner)).MacroF1; m > bestF1 {
				best, bestF1 = c, m
			}
		}
		t.Logf("outer fold %2d: inner CV chooses %s (macro-F1 %.4f)", f+1, best.name, bestF1)
		c, err := toneTrainer(lex, best)(part)
		if err != nil {
			t.Fatal(err)
		}
		for _, i := range fold.Test {
			preds[i] = stance.PredictExample(c, exs[i])
		}
	}
	truth := make([]corpus.Label, len(exs))
	for i, e := range exs {
		truth[i] = e.Label
	}
	nested, err := evaluate.NewPredictions(cv.Labels, truth, preds)
	if err != nil {
		t.Fatal(err)
	}
	base := toneCV(t, exs, lex, toneVariant{name: "default"}, cv)
	cmp, err := evaluate.Compare(nested, base, evaluate.BootstrapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("nested: macro-F1 %.4f, stance.ToneOptions %.4f, diff %+.4f [%+.4f, %+.4f], McNemar p %.3f",
		evaluate.Compute(nested).MacroF1, cmp.MacroF1, cmp.MacroF1Diff, cmp.MacroF1DiffCI.Lo, cmp.MacroF1DiffCI.Hi, cmp.P)
	if cmp.MacroF1DiffCI.Lo > 0 {
		t.Errorf("the nested lexicon prior gains beyond noise (%+.4f, 95%% CI %v): make it the default", cmp.MacroF1Diff, cmp.MacroF1DiffCI)
	}
}

// pick returns the examples at idx.
func pick(exs []corpus.Example, idx []int) []corpus.Example {
	out := make([]corpus.Example, len(idx))
	for j, i := range idx {
		out[j] = exs[i]
	}
	return out
}

// TestToneOffTopicData measures whether more tone-labelled text of the
// same register helps: the English off-topic remarks
// (corpus.OffTopicRemarks, leaders and officials on other subjects, each
// with a tone) added to every training part of the leave-elections-out
// 10-fold cross-validation (seed 1) of stance.ToneOptions and never
// tested. It fails if that gains beyond noise (paired bootstrap 95%
// interval above 0); run it with
//
//	go test -tags tonegrid -run TestToneOffTopicData -v ./stance/stancetest
func TestToneOffTopicData(t *testing.T) {
	exs, cv := toneExamples(t)
	var english []corpus.Example
	for _, e := range corpus.OffTopicRemarks() {
		if e.Meta["lang"] == "en" {
			english = append(english, e)
		}
	}
	extra, err := corpus.Relabel(english, stance.TaskTone)
	if err != nil {
		t.Fatal(err)
	}
	o := stance.ToneOptions()
	withExtra := func(part []corpus.Example) (stance.Classifier, error) {
		return stance.TrainExamples(append(part[:len(part):len(part)], extra...), o)
	}
	p, err := evaluate.CrossValidate(exs, withExtra, cv)
	if err != nil {
		t.Fatal(err)
	}
	base := toneCV(t, exs, nil, toneVariant{name: "default"}, cv)
	cmp, err := evaluate.Compare(p, base, evaluate.BootstrapOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d off-topic remarks in every training part: macro-F1 %.4f, stance.ToneOptions %.4f, diff %+.4f [%+.4f, %+.4f], McNemar p %.3f",
		len(extra), evaluate.Compute(p).MacroF1, cmp.MacroF1, cmp.MacroF1Diff, cmp.MacroF1DiffCI.Lo, cmp.MacroF1DiffCI.Hi, cmp.P)
	if cmp.MacroF1DiffCI.Lo > 0 {
		t.Errorf("the off-topic remarks gain beyond noise (%+.4f, 95%% CI %v): train the default tone model on them", cmp.MacroF1Diff, cmp.MacroF1DiffCI)
	}
}
