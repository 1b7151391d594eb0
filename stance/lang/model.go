package lang

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/stancekit/stancekit/stance/internal/hashtab"
)

// Options configure a [Model]. The default model's values were chosen by
// cross-validation; see the package doc.
type Options struct {
	// MaxN is the longest character n-gram, 1 to 5; every n-gram from 1 to
	// MaxN runes is a feature.
	MaxN int
	// Alpha is the additive (Lidstone) smoothing of the n-gram
	// probabilities: P(g|l) = (c(g,l) + Alpha) / (N(l) + Alpha·|V|), with
	// c(g,l) the count of g in language l's text, N(l) the sum of those
	// counts and |V| the number of distinct n-grams kept.
	Alpha float64
	// MinCount drops n-grams seen fewer times than this in all the training
	// text together (0 or 1 keeps them all).
	MinCount int
	// MinCoverage and Z decide when text is in none of the model's
	// languages. Coverage is the share of text's MaxN-grams that the
	// training text of the most likely language has; text in a language
	// the model was not trained on shares fewer of them with its closest
	// language (Italian with Spanish, Ukrainian with Russian) than text in
	// that language does. The answer is [Unsupported] when the coverage is
	// below MinCoverage by more than Z standard errors of a binomial
	// proportion, h < θn − Z·√(nθ(1−θ)) for h covered of n: a one-sided
	// test, so that a short text, whose few n-grams say little, is not
	// refused on noise. MinCoverage 0 turns the test off.
	MinCoverage, Z float64
}

// DefaultOptions returns the default model's options.
func DefaultOptions() Options {
	return Options{MaxN: 4, Alpha: 0.1, MinCount: 1, MinCoverage: 0.84, Z: 0.5}
}

// ErrTraining is wrapped by [Train]'s errors.
var ErrTraining = errors.New("cannot train language model")

// maxLanguages bounds a model's languages: one bit each in a uint64 row
// mask, and fixed-size score arrays on the stack.
const maxLanguages = 64

// A Model is a multinomial naive Bayes classifier over character n-grams
// (Dunning 1994, "Statistical identification of language"; the n-grams
// Cavnar & Trenkle 1994 rank) with a uniform prior over its languages, so
// that the size of each language's corpus does not tilt short, ambiguous
// text towards the largest one, and a coverage test that answers
// [Unsupported] for text in other languages. A Model is immutable once
// trained and safe for concurrent use.
type Model struct {
	opts  Options
	langs []string
	// index maps an n-gram's hash to its row: logp[row*len(langs)+i] is
	// its log-probability in language i, and bit i of seen[row] is set
	// when language i's training text has it. It is the open-addressing
	// table stance scores with, which misses and hits in about one cache
	// line where a Go map takes several.
	index hashtab.Weights
	logp  []float32
	seen  []uint64
}

// Train counts the n-grams of texts, a map from language code to that
// language's training text, and returns the model. The same texts and
// options give the same model.
func Train(texts map[string][]string, opts Options) (*Model, error) {
	if err := opts.check(len(texts)); err != nil {
		return nil, err
	}
	m := &Model{opts: opts}
	for l := range texts {
		if l == "" || l == Unsupported {
			return nil, fmt.Errorf("lang: %w: language code %q", ErrTraining, l)
		}
		m.langs = append(m.langs, l)
	}
	slices.Sort(m.langs)
	counts := make(map[uint64][]int32)
	for li, l := range m.langs {
		if len(texts[l]) == 0 {
			return nil, fmt.Errorf("lang: %w: no text for language %q", ErrTraining, l)
		}
		for _, t := range texts[l] {
			eachNGram(t, opts.MaxN, func(h uint64, _ int, _ bool) {
				c := counts[h]
				if c == nil {
					c = make([]int32, len(m.langs))
					counts[h] = c
				}
				c[li]++
			})
		}
	}
	m.fill(counts)
	return m, nil
}

func (o Options) check(languages int) error {
	switch {
	case o.MaxN < 1 || o.MaxN > 5:
		return fmt.Errorf("lang: %w: MaxN %d (want 1 to 5)", ErrTraining, o.MaxN)
	case !(o.Alpha > 0) || math.IsInf(o.Alpha, 0):
		return fmt.Errorf("lang: %w: Alpha %v (want a finite number > 0)", ErrTraining, o.Alpha)
	case !(o.MinCoverage >= 0 && o.MinCoverage <= 1):
		return fmt.Errorf("lang: %w: MinCoverage %v (want 0 to 1)", ErrTraining, o.MinCoverage)
	case !(o.Z >= 0) || math.IsInf(o.Z, 0):
		return fmt.Errorf("lang: %w: Z %v (want a finite number ≥ 0)", ErrTraining, o.Z)
	case languages < 2 || languages > maxLanguages:
		return fmt.Errorf("lang: %w: %d languages (want 2 to %d)", ErrTraining, languages, maxLanguages)
	}
	return nil
}

// fill turns the counts into smoothed log-probabilities, dropping n-grams
// seen fewer than MinCount times. Rows are laid out in the order of the
// sorted hashes, so the model does not depend on map iteration order.
func (m *Model) fill(counts map[uint64][]int32) {
	keys := make([]uint64, 0, len(counts))
	for h, c := range counts {
		var sum int32
		for _, x := range c {
			sum += x
		}
		if int(sum) >= m.opts.MinCount {
			keys = append(keys, h)
		}
	}
	slices.Sort(keys)
	k := len(m.langs)
	total := make([]float64, k)
	for _, h := range keys {
		for li, x := range counts[h] {
			total[li] += float64(x)
		}
	}
	m.index = hashtab.NewWeights(len(keys), 0)
	m.logp = make([]float32, len(keys)*k)
	m.seen = make([]uint64, len(keys))
	v := float64(len(keys))
	minSeen := seenCounts(total)
	for row, h := range keys {
		m.index.Insert(h, int32(row))
		for li, x := range counts[h] {
			p := (float64(x) + m.opts.Alpha) / (total[li] + m.opts.Alpha*v)
			m.logp[row*k+li] = float32(math.Log(p))
			if float64(x) >= minSeen[li] {
				m.seen[row] |= 1 << li
			}
		}
	}
}

// seenCounts returns, per language, how many times an n-gram must occur in
// its training text to count as seen by the coverage test. A language with
// more text has seen more n-grams, names and foreign words among them, so
// "seen at least once" would let the largest corpus (English, six times
// the others) cover text in any language. An n-gram seen c times in a
// corpus of N n-grams is in a random sample of the smallest corpus's size
// Nmin with probability about 1 − exp(−c·Nmin/N); it counts as seen when
// that is at least one half: c ≥ ln 2 · N/Nmin. The smallest corpus needs
// one occurrence.
func seenCounts(total []float64) []float64 {
	least := slices.Min(total)
	out := make([]float64, len(total))
	for i, n := range total {
		out[i] = max(1, math.Ln2*n/least)
	}
	return out
}

// Languages returns the codes the model was trained on, sorted.
func (m *Model) Languages() []string { return slices.Clone(m.langs) }

// Options returns the options the model was trained with.
func (m *Model) Options() Options { return m.opts }

// evidence is what one pass over a text gathers.
type evidence struct {
	// scores are the log-likelihoods per language, over the n-grams the
	// model knows (the others say nothing that tells the languages apart).
	scores [maxLanguages]float64
	// hits counts, per language, the text's MaxN-grams its training text
	// has; top counts the text's MaxN-grams; both leave out names.
	hits [maxLanguages]int
	top  int
	// letters counts the text's letters; knownLetters those some training
	// text has.
	letters, knownLetters int
}

var spaceHash = hashRunes([]rune{' '})

func (m *Model) gather(text string) *evidence {
	e := new(evidence)
	k := len(m.langs)
	eachNGram(text, m.opts.MaxN, func(h uint64, n int, name bool) {
		row, ok := m.index.Lookup(h)
		if n == 1 && h != spaceHash {
			e.letters++
			if ok {
				e.knownLetters++
			}
		}
		top := n == m.opts.MaxN && !name
		if top {
			e.top++
		}
		if !ok {
			return
		}
		lp := m.logp[int(row)*k : int(row)*k+k]
		for i, x := range lp {
			e.scores[i] += float64(x)
		}
		if top {
			for i, s := 0, m.seen[row]; s != 0; i, s = i+1, s>>1 {
				e.hits[i] += int(s & 1)
			}
		}
	})
	return e
}

// Detect returns the language of text and the model's confidence in it,
// or [Unsupported] and 0 when text is in none of the model's languages:
// when fewer than half its letters occur in any training text (another
// script), or when it fails the coverage test of [Options].
//
// The confidence is the naive Bayes posterior of the answer with the
// log-likelihoods divided by MaxN before the softmax: the 1- to MaxN-grams
// at one position overlap, and counting each as independent evidence
// would make every answer look certain. It is not calibrated, though not
// far off: in the package's cross-validation its mean over answered
// three-word inputs was 0.991 against an accuracy of 0.979, and of the
// 143 answers below 0.9, 92 were right.
func (m *Model) Detect(text string) (string, float64) {
	e := m.gather(text)
	if e.knownLetters == 0 || 2*e.knownLetters < e.letters {
		return Unsupported, 0
	}
	k := len(m.langs)
	best := 0
	for i := 1; i < k; i++ {
		if e.scores[i] > e.scores[best] {
			best = i
		}
	}
	if m.refuses(e.hits[best], e.top) {
		return Unsupported, 0
	}
	var z float64
	for i := range k {
		z += math.Exp((e.scores[i] - e.scores[best]) / float64(m.opts.MaxN))
	}
	return m.langs[best], 1 / z
}

// refuses is the one-sided binomial test of [Options.MinCoverage]: hits
// of n MaxN-grams covered is significantly fewer than MinCoverage·n.
func (m *Model) refuses(hits, n int) bool {
	theta := m.opts.MinCoverage
	if theta == 0 || n == 0 {
		return false
	}
	fn := float64(n)
	return float64(hits) < theta*fn-m.opts.Z*math.Sqrt(fn*theta*(1-theta))
}

// eachNGram calls f with the hash and length of every character n-gram of
// text, n from 1 to maxN, after normalising it: letters (and combining
// marks) lower-cased, every run of anything else one space, and a space at
// each end, so that " el" marks a word's start and "ão " its end. Digits,
// punctuation and emoji say nothing about the language. Invalid UTF-8 is a
// separator. name is true for an n-gram with a letter of a word that
// starts with a capital, in text that has small letters too: names,
// mostly, which the coverage test leaves out
// (an election's names are new to every language's training text, and in
// Russian they are transliterated and inflected: Ахмадинежада).
func eachNGram(text string, maxN int, f func(h uint64, n int, name bool)) {
	var window [5]rune  // the last maxN runes, most recent last
	var capital [5]bool // whether each is in a capitalised word
	filled := 0
	push := func(r rune, c bool) {
		copy(window[:4], window[1:])
		copy(capital[:4], capital[1:])
		window[4], capital[4] = r, c
		if filled < maxN {
			filled++
		}
		name, h := false, uint64(fnvOffset)
		for n := 1; n <= filled; n++ {
			name = name || capital[5-n]
			h = fnvRune(h, window[5-n])
			f(fnvLength(h, n), n, name)
		}
	}
	push(' ', false)
	space, inName := true, false
	// In text without small letters, written all in capitals, a capital
	// marks no name.
	mixedCase := strings.IndexFunc(text, unicode.IsLower) >= 0
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsMark(r)) {
			if space {
				inName = mixedCase && (unicode.IsUpper(r) || unicode.IsTitle(r))
			}
			r = unicode.ToLower(r)
			if r == 'ё' {
				r = 'е' // Russian writes ё or е for the same letter, by choice
			}
			push(r, inName)
			space = false
		} else if !space {
			push(' ', false)
			space = true
		}
	}
	if !space {
		push(' ', false)
	}
}

// hashRunes is FNV-1a (64 bits) over the runes' code points, three bytes
// each, from the last rune to the first, with the length mixed in last:
// backwards, so that eachNGram extends the hash of an n-gram to the n-gram
// one rune longer instead of hashing each from scratch. At the model's
// tens of thousands of n-grams the chance of any two colliding is below
// 1e-9 (the birthday bound n²/2⁶⁵).
func hashRunes(rs []rune) uint64 {
	h := uint64(fnvOffset)
	for i := len(rs) - 1; i >= 0; i-- {
		h = fnvRune(h, rs[i])
	}
	return fnvLength(h, len(rs))
}

const fnvOffset, fnvPrime = 14695981039346656037, 1099511628211

func fnvRune(h uint64, r rune) uint64 {
	h = (h ^ uint64(r&0xff)) * fnvPrime
	h = (h ^ uint64(r>>8&0xff)) * fnvPrime
	return (h ^ uint64(r>>16&0xff)) * fnvPrime
}

func fnvLength(h uint64, n int) uint64 { return (h ^ uint64(n)) * fnvPrime }
