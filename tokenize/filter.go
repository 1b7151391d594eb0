package tokenize

import (
	"strings"
	"sync"
	"unicode"
)

// Filter is one step after the tokenizer: it rewrites a token stream in
// place and returns the (possibly shorter) result.
type Filter interface {
	Filter(tokens []Token) []Token
}

// TermMapper maps one term to another. It must be a pure function of the
// term: [TermFilter] caches its results. An empty result removes the token.
type TermMapper interface {
	Map(term string) string
}

// Lower lower-cases a term.
type Lower struct{}

// Map implements TermMapper.
func (Lower) Map(w string) string { return strings.ToLower(w) }

// Fold replaces typographic apostrophes and hyphens with ASCII ones, so
// there’s and there's are one term.
type Fold struct{}

var folder = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'", "‐", "-", "‑", "-")

// Map implements TermMapper.
func (Fold) Map(w string) string {
	if !strings.ContainsAny(w, "’ʼ‘‐‑") {
		return w
	}
	return folder.Replace(w)
}

// Elongation cuts a letter repeated three or more times to two: sooo → soo.
type Elongation struct{}

// Map implements TermMapper.
func (Elongation) Map(w string) string {
	var b strings.Builder
	changed := false
	var prev rune
	run := 0
	for _, r := range w {
		if r == prev && unicode.IsLetter(r) {
			run++
		} else {
			run = 1
		}
		prev = r
		if run > 2 {
			if !changed {
				changed = true
			}
			continue
		}
		b.WriteRune(r)
	}
	if !changed {
		return w
	}
	return b.String()
}

// StopWords removes a language's stop words, except negators and the words
// in keepAlways.
type StopWords struct {
	isStop func(string) bool
	keep   map[string]bool
}

// Map implements TermMapper.
func (s StopWords) Map(w string) string {
	if s.keep[w] || !s.isStop(w) {
		return w
	}
	return ""
}

// Stemmer applies a snowball stemmer.
type Stemmer struct {
	stem func(string, bool) string
}

// Map implements TermMapper.
func (s Stemmer) Map(w string) string { return s.stem(w, false) }

// TermFilter applies a chain of TermMappers to the Word tokens of a stream
// (hashtags and mentions are lower-cased and folded only, numbers and URLs
// kept). Results are cached by surface form, because stemming costs about as
// much as everything else in the pipeline together; the cache stops growing
// at maxCache entries so that a stream of random words cannot exhaust memory.
type TermFilter struct {
	words []TermMapper
	other []TermMapper

	mu    sync.RWMutex
	cache map[string]string
}

const maxCache = 1 << 18

// NewTermFilter returns a TermFilter that applies words to Word tokens and
// other to hashtags, mentions and emoticons.
func NewTermFilter(words, other []TermMapper) *TermFilter {
	return &TermFilter{words: words, other: other, cache: make(map[string]string)}
}

// Filter implements Filter.
func (f *TermFilter) Filter(tokens []Token) []Token {
	out := tokens[:0]
	for _, t := range tokens {
		switch t.Kind {
		case Word:
			t.Term = f.term(t.Term)
		case Hashtag, Mention, Emoticon:
			t.Term = apply(f.other, t.Term)
		}
		if t.Term != "" {
			out = append(out, t)
		}
	}
	return out
}

func (f *TermFilter) term(surface string) string {
	f.mu.RLock()
	v, ok := f.cache[surface]
	f.mu.RUnlock()
	if ok {
		return v
	}
	v = apply(f.words, surface)
	f.mu.Lock()
	if len(f.cache) < maxCache {
		// Clone the key: surface points into the caller's text, which the
		// cache must not keep alive.
		f.cache[strings.Clone(surface)] = v
	}
	f.mu.Unlock()
	return v
}

func apply(chain []TermMapper, w string) string {
	for _, m := range chain {
		if w == "" {
			return ""
		}
		w = m.Map(w)
	}
	return w
}

// NegationFilter marks the tokens in a negation scope (see the package doc)
// and removes punctuation, which only served to end scopes.
type NegationFilter struct {
	// Negators and Contrast hold terms as they leave the TermFilter (stemmed
	// when stemming is on).
	Negators map[string]bool
	Contrast map[string]bool
	// Mark turns marking on; with Mark false the filter only removes
	// punctuation.
	Mark bool
}

// Filter implements Filter.
func (n NegationFilter) Filter(tokens []Token) []Token {
	out := tokens[:0]
	in := false
	for _, t := range tokens {
		if t.Kind == Punct {
			in = false
			continue
		}
		if n.Mark {
			switch {
			case t.Kind == Word && n.Negators[t.Term]:
				in = true
			case t.Kind == Word && n.Contrast[t.Term]:
				in = false
			case in:
				t.Negated = true
			}
		}
		out = append(out, t)
	}
	return out
}
