package tokenize

import (
	"strings"
	"unicode"
)

// termMapper is one normalisation of a term, such as lower-casing or
// stemming. It must be a pure function of the term, since the term filter
// caches its results; an empty result removes the token.
type termMapper interface {
	mapTerm(term string) string
}

// lower lower-cases a term.
type lower struct{}

func (lower) mapTerm(w string) string { return strings.ToLower(w) }

// fold replaces typographic apostrophes and hyphens with ASCII ones, so
// there’s and there's are one term.
type fold struct{}

var folder = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'", "‐", "-", "‑", "-")

func (fold) mapTerm(w string) string {
	if !strings.ContainsAny(w, "’ʼ‘‐‑") {
		return w
	}
	return folder.Replace(w)
}

// elongation cuts a letter repeated three or more times to two: sooo → soo.
type elongation struct{}

func (elongation) mapTerm(w string) string {
	var b strings.Builder
	var prev rune
	run, cut := 0, false
	for _, r := range w {
		if r == prev && unicode.IsLetter(r) {
			run++
		} else {
			run = 1
		}
		prev = r
		if run > 2 {
			cut = true
			continue
		}
		b.WriteRune(r)
	}
	if !cut {
		return w
	}
	return b.String()
}

// stopWords removes a language's stop words, except those in keep
// (negators and keepAlways).
type stopWords struct {
	isStop func(string) bool
	keep   map[string]bool
}

func (s stopWords) mapTerm(w string) string {
	if s.keep[w] || !s.isStop(w) {
		return w
	}
	return ""
}

// stemmer applies a snowball stemmer.
type stemmer struct {
	stem func(word string, stemStopWords bool) string
}

func (s stemmer) mapTerm(w string) string { return s.stem(w, false) }

// termConfig is what decides the Word tokens' chain of mappers, and with it
// every entry of the term cache: the options that normalise terms.
type termConfig struct {
	language                         string
	tweet, spelling, stopWords, stem bool
}

func termConfigOf(o Options) termConfig {
	return termConfig{
		language:  o.Language,
		tweet:     o.Tweet,
		spelling:  o.NormalizeSpelling && o.Language == "english",
		stopWords: o.StopWords,
		stem:      o.Stem,
	}
}

// chain returns the Word tokens' chain of mappers.
func (c termConfig) chain() []termMapper {
	lang := languages[c.language]
	words := []termMapper{lower{}, fold{}}
	if c.tweet {
		words = append(words, elongation{})
	}
	if c.spelling {
		words = append(words, spelling{})
	}
	if c.stopWords {
		keep := make(map[string]bool)
		for _, w := range lang.negators {
			keep[w] = true
		}
		for _, w := range keepAlways {
			keep[w] = true
		}
		words = append(words, stopWords{isStop: lang.isStop, keep: keep})
	}
	if c.stem {
		words = append(words, stemmer{stem: lang.stem})
	}
	return words
}

// applyChain runs w through the mappers of chain in order; a removed term
// stays removed.
func applyChain(chain []termMapper, w string) string {
	for _, m := range chain {
		if w == "" {
			return ""
		}
		w = m.mapTerm(w)
	}
	return w
}

// termFilter is the pipeline's second step: it normalises the term of every
// token with a chain of mappers — words, the Word tokens' chain, or other,
// for hashtags, mentions and emoticons; numbers, URLs and punctuation keep
// their terms — sets the hashes of each term and removes the tokens whose
// term maps to "".
//
// Results are cached by surface form (see termCache), because stemming
// costs about as much as everything else in the pipeline together.
type termFilter struct {
	words, other []termMapper
	cache        *termCache
}

// termEntry is what the filter makes of one surface form: the term (""
// when the token is removed) and the hashes of the term and of its negated
// form.
type termEntry struct {
	term          string
	hash, negHash uint64
}

func newTermEntry(term string) termEntry {
	h, nh := termHashes(term)
	return termEntry{term, h, nh}
}

// filter is the step run over a whole token slice, in place.
func (f *termFilter) filter(toks []Token) []Token {
	out := toks[:0]
	snap := f.snapshot()
	for _, t := range toks {
		if f.token(snap, &t) {
			out = append(out, t)
		}
	}
	return out
}

// token normalises one token, reading the cache through snap, and reports
// whether to keep it.
func (f *termFilter) token(snap *cacheSnapshot, t *Token) bool {
	e := f.lookup(snap, t.Kind, t.Term)
	if e.term == "" {
		return false
	}
	t.Term, t.hash, t.negHash = e.term, e.hash, e.negHash
	return true
}

// lookup returns the entry of a token's surface form.
func (f *termFilter) lookup(snap *cacheSnapshot, kind Kind, surface string) termEntry {
	var chain []termMapper
	switch kind {
	case Word:
		chain = f.words
	case Hashtag, Mention, Emoticon:
		// Cached like words, so that #LoveWins is not lower-cased afresh
		// every time. Their surfaces start with # or @ or are emoticons,
		// which no word's surface is, so the two chains never share a key.
		chain = f.other
	default:
		return newTermEntry(surface)
	}
	if e, ok := snap.get(surface); ok {
		return e
	}
	if e, ok := f.cache.recent(surface); ok {
		return e
	}
	return f.cache.add(surface, newTermEntry(applyChain(chain, surface)))
}

// snapshot returns the cache's published entries, for a caller to keep for
// one statement: lookup reads them, and a plain word's entry may be in the
// snapshot's table of short words (cacheSnapshot.short).
func (f *termFilter) snapshot() *cacheSnapshot { return f.cache.snapshot() }
