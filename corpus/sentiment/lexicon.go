package sentiment

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"

	"github.com/jonreiter/govader"

	"github.com/stancekit/stancekit/corpus"
)

var vader = sync.OnceValue(func() map[string]float64 {
	return govader.NewSentimentIntensityAnalyzer().Lexicon
})

// VADER returns a copy of VADER's sentiment lexicon (Hutto & Gilbert,
// "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of Social
// Media Text", ICWSM 2014), as github.com/jonreiter/govader ships it (MIT
// licence; corpus/sentiment/NOTICE): about 7,500 words, emoticons and
// slang, each with its mean valence from −4 (most negative) to +4.
func VADER() map[string]float64 {
	m := vader()
	out := make(map[string]float64, len(m))
	for w, v := range m {
		out[w] = v
	}
	return out
}

// LexiconExamples turns a lexicon into a prior for naive Bayes: virtual
// one-word statements, to be added to the training data of every model
// (stance.CalibrateOptions.Always, so that none is ever held out). A word
// w of valence v ≠ 0 gives
//
//	k(w) = round(λ·|v|)
//
// statements whose text is w, labelled corpus.Positive when v > 0 and
// corpus.Negative when v < 0; words of valence 0, and entries that are
// not words (emoticons such as ":)" and other entries with no letter),
// give none. Trained on with the data, they add k(w) to the count of w's
// unigram feature f (its stem, with the model's analysis) in w's label:
// N′(c,f) = N(c,f) + Σ_{w→f, label c} k(w). For complement naive Bayes,
// which has no class prior, that is exactly a Dirichlet prior on each
// label's feature distribution beside the uniform α:
//
//	θ̃(c,f) = (Ñ(c,f) + L̃(c,f) + α) / (Ñ(c) + L̃(c) + α·|V′|)
//
// with L̃(c,f) the lexicon counts of the labels other than c, L̃(c) their
// sum over f and V′ the vocabulary with the lexicon's stems. A word the
// training data never saw thus carries its lexicon valence, and a word it
// saw often is dominated by the data. For multinomial naive Bayes the
// virtual statements also count in the class prior D(c). The examples
// are sorted by word, so the result is deterministic; ids are
// "lexicon:WORD".
func LexiconExamples(lexicon map[string]float64, lambda float64) []corpus.Example {
	words := make([]string, 0, len(lexicon))
	for w := range lexicon {
		words = append(words, w)
	}
	slices.SortFunc(words, cmp.Compare)
	var out []corpus.Example
	for _, w := range words {
		v := lexicon[w]
		k := int(math.Round(lambda * math.Abs(v)))
		if v == 0 || k == 0 || !strings.ContainsFunc(w, isLetter) {
			continue
		}
		l := corpus.Positive
		if v < 0 {
			l = corpus.Negative
		}
		for range k {
			out = append(out, corpus.Example{ID: "lexicon:" + w, Text: w, Label: l})
		}
	}
	return out
}

func isLetter(r rune) bool { return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' }
