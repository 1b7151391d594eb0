package tokenize

import (
	"fmt"
	"sync"
)

// Analyzer turns statements into tokens and features as its Options say.
// It is safe for concurrent use, and the more statements it sees the
// faster it gets: it caches what its steps make of each word (see the
// package doc).
type Analyzer struct {
	opts  Options
	tok   wordTokenizer
	terms termFilter
	neg   negationFilter
	pool  sync.Pool // *scratch
	names formCache
}

type scratch struct {
	toks  []Token
	terms []uint64 // the tokens' term hashes
	buf   []byte
	// For an election context: its key, the text's words and mentions.
	key      []byte
	words    []word
	mentions []mention
}

// New returns a new Analyzer for o.
//
// Analyzers whose options normalise terms alike (the same Language, Stem,
// NormalizeSpelling, StopWords and Tweet) share one cache of what the
// steps make of each word, so that a model, the trainers of a
// cross-validation and a reloaded copy of the model warm up once. The
// package keeps the caches of the last maxSharedCaches such configurations
// used, each bounded (see termCache); an analyzer keeps its cache when the
// package lets go of it.
func New(o Options) (*Analyzer, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	return newAnalyzer(o, sharedCache(termConfigOf(o))), nil
}

// newAnalyzer builds the analyzer for valid options o around cache, which
// must be one for o's term configuration.
func newAnalyzer(o Options, cache *termCache) *Analyzer {
	a := &Analyzer{
		opts:  o,
		tok:   newWordTokenizer(o),
		terms: termFilter{words: termConfigOf(o).chain(), other: []termMapper{lower{}, fold{}}, cache: cache},
	}
	// Negators and contrast words pass through the term filter, so that
	// they are recognised in the form it gives them (nothing → noth when
	// stemming); a warm cache has them already.
	lang := languages[o.Language]
	snap := a.terms.snapshot()
	var negators, contrast []string
	for _, w := range lang.negators {
		negators = append(negators, a.terms.lookup(snap, Word, w).term)
	}
	for _, w := range lang.contrast {
		contrast = append(contrast, a.terms.lookup(snap, Word, w).term)
	}
	a.neg = newNegationFilter(negators, contrast, o.Negation, o.NegationWindow)
	a.neg.keepPunct = o.Punctuation
	for _, e := range lang.endings {
		// Folded as the words they end are: й → и.
		a.names.endings = append(a.names.endings, foldWord(e))
	}
	a.pool.New = func() any {
		return &scratch{toks: make([]Token, 0, 64), terms: make([]uint64, 0, 64), buf: make([]byte, 0, 64)}
	}
	return a
}

// MustNew is New for options known to be valid, such as DefaultOptions.
// It panics on invalid options.
func MustNew(o Options) *Analyzer {
	a, err := New(o)
	if err != nil {
		panic(fmt.Sprintf("tokenize.MustNew: %v", err))
	}
	return a
}

// Options returns the options the analyzer was built from.
func (a *Analyzer) Options() Options { return a.opts }

// Tokens returns the tokens of text after every step.
func (a *Analyzer) Tokens(text string) []Token { return a.AppendTokens(nil, text) }

// AppendTokens appends the tokens of text, after every step, to dst.
//
// It is the pipeline fused into one pass over text (see "The fused path"
// in the package doc), which gives what the steps run one after the other
// give; the tests check that it does. A plain ASCII word goes straight from
// the text to the term cache; anything else goes through the tokenizer's
// general step and then the filters' per-token steps.
func (a *Analyzer) AppendTokens(dst []Token, text string) []Token {
	dst, _ = a.walkTokens(dst, a.terms.snapshot(), text, 0, 0)
	return dst
}

// AppendTokensIn is AppendTokens with an election context: with
// Options.MaskNames, each mention of a name form of ctx is one token of kind
// Name whose term is WinnerTerm or RivalTerm (see Context).
func (a *Analyzer) AppendTokensIn(dst []Token, ctx Context, text string) []Token {
	ms := a.mentions(ctx, text)
	if ms == nil {
		return a.AppendTokens(dst, text)
	}
	return a.appendTokensAt(dst, text, ms)
}

// appendTokensAt is AppendTokensIn with the mentions ms found.
func (a *Analyzer) appendTokensAt(dst []Token, text string, ms []mention) []Token {
	snap := a.terms.snapshot()
	var in scope
	i := 0
	for _, m := range ms {
		// Words end where a mention starts: the walk sees text only up to it.
		dst, in = a.walkTokens(dst, snap, text[:m.start], i, in)
		t := nameToken(m)
		t.Negated, in = a.neg.step(in, Name, t.hash)
		dst = append(dst, t)
		i = m.end
	}
	dst, _ = a.walkTokens(dst, snap, text, i, in)
	return dst
}

// TokensIn returns the tokens of text in the election context ctx.
func (a *Analyzer) TokensIn(ctx Context, text string) []Token {
	return a.AppendTokensIn(nil, ctx, text)
}

// mentions returns the mentions of ctx's names in text, or nil when the
// analyzer does not mask names or there are none.
func (a *Analyzer) mentions(ctx Context, text string) []mention {
	if !a.opts.MaskNames || ctx.IsZero() {
		return nil
	}
	s := a.pool.Get().(*scratch)
	var forms []nameForm
	forms, s.key = a.names.get(ctx, s.key)
	ms := mentions(forms, text)
	a.pool.Put(s)
	return ms
}

// nameToken returns the placeholder token of mention m.
func nameToken(m mention) Token {
	t := Token{Term: RivalTerm, Kind: Name, Start: m.start, End: m.end}
	if m.winner {
		t.Term = WinnerTerm
	}
	t.hash, t.negHash = termHashes(t.Term)
	return t
}

// walkTokens is the fused walk of AppendTokens over text[i:], with in
// the negation scope at i. It returns the tokens and the scope at the end.
func (a *Analyzer) walkTokens(dst []Token, snap *cacheSnapshot, text string, i int, in scope) ([]Token, scope) {
	for i < len(text) {
		if c := text[i]; asciiSpace[c] && !(c == '\n' && a.tok.sentences) {
			i++
			continue
		}
		if j, ok := a.tok.plainWord(text, i); ok {
			var e termEntry
			if k := snap.words.find(text, i, j); k >= 0 {
				e = snap.words.entry(k)
			} else {
				e = a.terms.lookup(snap, Word, text[i:j])
			}
			if e.term != "" {
				t := Token{Term: e.term, Kind: Word, Start: i, End: j, hash: e.hash, negHash: e.negHash}
				t.Negated, in = a.neg.step(in, Word, e.hash)
				dst = append(dst, t)
			}
			i = j
			continue
		}
		n := len(dst)
		dst, i = a.tok.next(dst, text, i)
		dst, in = a.filterFrom(snap, dst, n, in)
	}
	return dst, in
}

// appendTermHashes is AppendTokens for the prediction hot path: the same
// walk, keeping of each token only the hash that its n-grams start from
// (Token.termHash). For a plain word it builds no token and reads only the
// hashes from the short-word table, not the term. It uses scratch for the
// general step's tokens and returns it for reuse. With mentions ms (from
// Analyzer.mentions) it walks as AppendTokensIn does.
func (a *Analyzer) appendTermHashes(dst []uint64, scratch []Token, text string, ms []mention) ([]uint64, []Token) {
	snap := a.terms.snapshot()
	var in scope
	i := 0
	for _, m := range ms {
		dst, scratch, in = a.walkHashes(dst, scratch, snap, text[:m.start], i, in)
		t := nameToken(m)
		t.Negated, in = a.neg.step(in, Name, t.hash)
		dst = append(dst, t.termHash())
		i = m.end
	}
	dst, scratch, _ = a.walkHashes(dst, scratch, snap, text, i, in)
	return dst, scratch
}

// walkHashes is the walk of appendTermHashes over text[i:], with in the
// negation scope at i.
func (a *Analyzer) walkHashes(dst []uint64, scratch []Token, snap *cacheSnapshot, text string, i int, in scope) ([]uint64, []Token, scope) {
	for i < len(text) {
		if c := text[i]; asciiSpace[c] && !(c == '\n' && a.tok.sentences) {
			i++
			continue
		}
		if j, ok := a.tok.plainWord(text, i); ok {
			var h, nh uint64
			var removed bool
			if k := snap.words.find(text, i, j); k >= 0 {
				h, nh, removed = snap.words.hashes(k)
			} else {
				e := a.terms.lookup(snap, Word, text[i:j])
				h, nh, removed = e.hash, e.negHash, e.term == ""
			}
			if !removed {
				var negated bool
				if negated, in = a.neg.step(in, Word, h); negated {
					h = nh
				}
				dst = append(dst, h)
			}
			i = j
			continue
		}
		scratch, i = a.tok.next(scratch[:0], text, i)
		scratch, in = a.filterFrom(snap, scratch, 0, in)
		for k := range scratch {
			dst = append(dst, scratch[k].termHash())
		}
	}
	return dst, scratch, in
}

// filterFrom runs the filters' per-token steps over toks[n:], the tokens
// of one general step, in place. in is the negation scope before them; it
// returns the kept tokens and the scope after them.
func (a *Analyzer) filterFrom(snap *cacheSnapshot, toks []Token, n int, in scope) ([]Token, scope) {
	out := n
	for _, t := range toks[n:] {
		if !a.terms.token(snap, &t) {
			continue
		}
		var keep bool
		if keep, in = a.neg.token(in, &t); keep {
			toks[out] = t
			out++
		}
	}
	return toks[:out], in
}

// AppendHashes appends Hash(f.Text) of every feature f that Features would
// return, in the same order, without building the strings. Once the
// statement's words are cached it does not allocate beyond growing dst.
func (a *Analyzer) AppendHashes(dst []uint64, text string) []uint64 {
	return a.appendHashes(dst, text, nil)
}

// AppendHashesIn is AppendHashes in the election context ctx: it appends
// the ids of FeaturesIn(ctx, text).
func (a *Analyzer) AppendHashesIn(dst []uint64, ctx Context, text string) []uint64 {
	if !a.opts.MaskNames || ctx.IsZero() {
		return a.appendHashes(dst, text, nil)
	}
	// The mentions are found into the scratch space, so that a context
	// met before costs no allocation.
	s := a.pool.Get().(*scratch)
	var forms []nameForm
	forms, s.key = a.names.get(ctx, s.key)
	s.mentions, s.words = appendMentions(s.mentions[:0], s.words, forms, text)
	dst = a.appendHashesWith(dst, text, s.mentions, s)
	a.pool.Put(s)
	return dst
}

func (a *Analyzer) appendHashes(dst []uint64, text string, ms []mention) []uint64 {
	s := a.pool.Get().(*scratch)
	dst = a.appendHashesWith(dst, text, ms, s)
	a.pool.Put(s)
	return dst
}

// appendHashesWith is appendHashes with scratch space s.
func (a *Analyzer) appendHashesWith(dst []uint64, text string, ms []mention, s *scratch) []uint64 {
	if a.opts.CharNGramMin > 0 {
		// Character n-grams need the terms' text: tokens.
		if ms == nil {
			s.toks = a.AppendTokens(s.toks[:0], text)
		} else {
			s.toks = a.appendTokensAt(s.toks[:0], text, ms)
		}
		dst = a.appendTokenHashes(dst, s.toks, s)
	} else {
		s.terms, s.toks = a.appendTermHashes(s.terms[:0], s.toks, text, ms)
		dst = a.appendNGrams(dst, s.terms)
	}
	return dst
}

// AppendTokenHashes appends the ids of the features of a statement whose
// tokens toks came from [Analyzer.AppendTokens], in the order of Features:
// AppendHashes(dst, text) equals AppendTokenHashes(dst, AppendTokens(nil,
// text)). A trainer that needs the tokens anyway, to name new features with
// [Analyzer.FeatureText], tokenizes once this way.
func (a *Analyzer) AppendTokenHashes(dst []uint64, toks []Token) []uint64 {
	s := a.pool.Get().(*scratch)
	dst = a.appendTokenHashes(dst, toks, s)
	a.pool.Put(s)
	return dst
}

// appendTokenHashes is AppendTokenHashes with scratch space s.
func (a *Analyzer) appendTokenHashes(dst []uint64, toks []Token, s *scratch) []uint64 {
	terms := s.terms[:0]
	for i := range toks {
		terms = append(terms, toks[i].termHash())
	}
	s.terms = terms
	dst = a.appendNGrams(dst, terms)
	if a.opts.CharNGramMin > 0 {
		buf := s.buf
		for _, t := range toks {
			if t.Kind == Boundary {
				continue
			}
			buf = append(buf[:0], ' ')
			buf = append(buf, t.Term...)
			buf = append(buf, ' ')
			dst = appendCharHashes(dst, buf, a.opts.CharNGramMin, a.opts.CharNGramMax)
		}
		s.buf = buf
	}
	return dst
}

// appendNGrams appends the ids of the word n-grams over the term hashes
// terms, by start position, then length. No n-gram starts at or spans a
// sentence boundary (boundaryHash).
func (a *Analyzer) appendNGrams(dst []uint64, terms []uint64) []uint64 {
	for i := range terms {
		h := terms[i]
		if h == boundaryHash {
			continue
		}
		for n := 1; n <= a.opts.NGramMax && i+n <= len(terms); n++ {
			if n > 1 {
				next := terms[i+n-1]
				if next == boundaryHash {
					break
				}
				h = combine(h, next)
			}
			if n >= a.opts.NGramMin {
				dst = append(dst, h)
			}
		}
	}
	return dst
}
