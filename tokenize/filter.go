package tokenize

import (
	"slices"
	"strings"
	"sync"
	"sync/atomic"
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
// (hashtags, mentions and emoticons get the other chain; numbers and URLs
// are kept as they are) and sets every token's hashes.
//
// Results are cached by surface form, because stemming costs about as much
// as everything else in the pipeline together. Readers never lock: they
// look in an immutable snapshot map. A miss is computed, recorded in a
// pending map under a mutex and published in a rebuilt snapshot, so a warm
// cache is read lock-free from every core. The snapshot is rebuilt once misses plus hits
// on pending entries reach half its size (at least 16), so rebuilding costs
// O(1) amortised per event.
// The cache stops growing at maxCache entries so that a stream of random
// words cannot exhaust memory.
type TermFilter struct {
	words []TermMapper
	other []TermMapper
	// plainWords builds the snapshot's wordTable, for an Analyzer whose
	// tokenizer finds plain words (not one for tweets).
	plainWords bool

	snapshot atomic.Pointer[cacheSnapshot]
	mu       sync.Mutex
	pending  map[string]termEntry
	events   int // misses and pending hits since the last rebuild
}

// cacheSnapshot is what readers see: every cached entry in a map, and the
// short words among them in a wordTable as well.
type cacheSnapshot struct {
	m     map[string]termEntry
	words wordTable
}

type termEntry struct {
	term          string
	hash, negHash uint64
}

const maxCache = 1 << 18

// NewTermFilter returns a TermFilter that applies words to Word tokens and
// other to hashtags, mentions and emoticons.
func NewTermFilter(words, other []TermMapper) *TermFilter {
	f := &TermFilter{words: words, other: other, pending: make(map[string]termEntry)}
	f.snapshot.Store(&cacheSnapshot{m: make(map[string]termEntry)})
	return f
}

// Filter implements Filter.
func (f *TermFilter) Filter(tokens []Token) []Token {
	out := tokens[:0]
	snap := f.snapshot.Load().m
	for _, t := range tokens {
		e := f.lookup(snap, t.Kind, t.Term)
		if e.term == "" {
			continue
		}
		t.Term, t.hash, t.negHash = e.term, e.hash, e.negHash
		out = append(out, t)
	}
	return out
}

// lookup returns the entry of one token's surface term; an empty term
// removes the token.
func (f *TermFilter) lookup(snap map[string]termEntry, kind Kind, surface string) termEntry {
	switch kind {
	case Word:
		if e, ok := snap[surface]; ok {
			return e
		}
		return f.miss(surface, f.words)
	case Hashtag, Mention, Emoticon:
		// Cached like words (so that #LoveWins is not lower-cased afresh
		// every time); their surfaces start with # or @ or are emoticons,
		// which no word's surface is, so the keys never meet.
		if e, ok := snap[surface]; ok {
			return e
		}
		return f.miss(surface, f.other)
	}
	return entry(surface)
}

func entry(term string) termEntry {
	h, nh := termHashes(term)
	return termEntry{term, h, nh}
}

func (f *TermFilter) miss(surface string, chain []TermMapper) termEntry {
	f.mu.Lock()
	defer f.mu.Unlock()
	snap := f.snapshot.Load().m
	e, ok := f.pending[surface]
	if !ok {
		// Clone the term as well as the key: the mappers may return their
		// input, a substring of the caller's text, which the cache must not
		// keep alive (nor see change, when the caller reuses its buffer).
		e = entry(strings.Clone(apply(chain, surface)))
		if len(snap)+len(f.pending) >= maxCache {
			return e
		}
		// Clone the key: surface points into the caller's text, which the
		// cache must not keep alive.
		f.pending[strings.Clone(surface)] = e
	}
	f.events++
	if len(f.pending) > 0 && f.events >= max(16, len(snap)/2) {
		f.events = 0
		next := make(map[string]termEntry, len(snap)+len(f.pending))
		for k, v := range snap {
			next[k] = v
		}
		for k, v := range f.pending {
			next[k] = v
		}
		snap := &cacheSnapshot{m: next}
		if f.plainWords {
			snap.words = newWordTable(next)
		}
		f.snapshot.Store(snap)
		clear(f.pending)
	}
	return e
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
	// negators and contrast hold the hashes of terms as they leave the
	// TermFilter (stemmed when stemming is on). A handful of values: a linear
	// scan beats a map.
	negators, contrast []uint64
	// sieve has bit h>>56 set for the hash h of every negator and contrast
	// word, so that most terms are ruled out by one bit test.
	sieve [4]uint64
	// mark turns marking on; without it the filter only removes punctuation.
	mark bool
}

// NewNegationFilter returns a filter for the given negators and contrast
// words, written as the TermFilter outputs them.
func NewNegationFilter(negators, contrast []string, mark bool) NegationFilter {
	n := NegationFilter{mark: mark}
	for _, w := range negators {
		n.negators = append(n.negators, fnvString(fnvOffset, w))
	}
	for _, w := range contrast {
		n.contrast = append(n.contrast, fnvString(fnvOffset, w))
	}
	for _, h := range append(slices.Clone(n.negators), n.contrast...) {
		n.sieve[h>>62] |= 1 << (h >> 56 & 63)
	}
	return n
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
		if n.mark {
			t.Negated, in = n.step(in, t.Kind, t.hash)
		}
		out = append(out, t)
	}
	return out
}

// step takes one token that is not punctuation, with the hash of its term,
// and whether the scope was open before it. It returns whether the token is
// negated and whether the scope is open after it. Negators and contrast
// words are never negated themselves.
func (n *NegationFilter) step(in bool, kind Kind, h uint64) (negated, next bool) {
	if !n.mark {
		return false, false
	}
	if kind == Word && n.sieve[h>>62]&(1<<(h>>56&63)) != 0 {
		if slices.Contains(n.negators, h) {
			return false, true
		}
		if slices.Contains(n.contrast, h) {
			return false, false
		}
	}
	return in, in
}
