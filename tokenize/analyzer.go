package tokenize

import (
	"fmt"
	"strings"
	"sync"
)

// Analyzer is a configured pipeline: a tokenizer, then filters, then n-gram
// features. It is safe for concurrent use.
type Analyzer struct {
	opts      Options
	tokenizer WordTokenizer
	terms     *TermFilter    // the first filter
	neg       NegationFilter // the second
	pool      sync.Pool      // *scratch
}

type scratch struct {
	toks  []Token
	terms []uint64
	buf   []byte
}

// analyzers memoizes New: analyzers built from equal options share one term
// cache, so a model, its trainers and a reloaded copy of it warm up once.
var analyzers sync.Map // Options → *Analyzer

// New builds the pipeline that o describes. Equal options return the same
// *Analyzer, which is safe for concurrent use.
func New(o Options) (*Analyzer, error) {
	if err := o.Validate(); err != nil {
		return nil, err
	}
	if a, ok := analyzers.Load(o); ok {
		return a.(*Analyzer), nil
	}
	a, _ := analyzers.LoadOrStore(o, build(o))
	return a.(*Analyzer), nil
}

func build(o Options) *Analyzer {
	lang := languages[o.Language]
	english := o.Language == "english"

	words := []TermMapper{Lower{}, Fold{}}
	if o.Tweet {
		words = append(words, Elongation{})
	}
	if o.NormalizeSpelling && english {
		words = append(words, Spelling{})
	}
	if o.StopWords {
		keep := make(map[string]bool)
		for _, w := range lang.negators {
			keep[w] = true
		}
		for _, w := range keepAlways {
			keep[w] = true
		}
		words = append(words, StopWords{isStop: lang.isStop, keep: keep})
	}
	if o.Stem {
		words = append(words, Stemmer{stem: lang.stem})
	}
	terms := NewTermFilter(words, []TermMapper{Lower{}, Fold{}})

	// Negators and contrast words pass through the same mappers, so that they
	// are recognised in the form the filter sees (nothing → noth when
	// stemming).
	var negators, contrast []string
	for _, w := range lang.negators {
		negators = append(negators, apply(words, w))
	}
	for _, w := range lang.contrast {
		contrast = append(contrast, apply(words, w))
	}
	neg := NewNegationFilter(negators, contrast, o.Negation)
	a := &Analyzer{
		opts:      o,
		tokenizer: WordTokenizer{Contractions: o.Contractions && english, Tweet: o.Tweet, HashtagWords: o.HashtagWords},
		terms:     terms,
		neg:       neg,
	}
	terms.plainWords = !o.Tweet
	a.pool.New = func() any {
		return &scratch{toks: make([]Token, 0, 64), terms: make([]uint64, 0, 64), buf: make([]byte, 0, 64)}
	}
	return a
}

// MustNew is New for options known to be valid, such as DefaultOptions.
func MustNew(o Options) *Analyzer {
	a, err := New(o)
	if err != nil {
		panic(fmt.Sprintf("tokenize.MustNew: %v", err))
	}
	return a
}

// Options returns the options the analyzer was built from.
func (a *Analyzer) Options() Options { return a.opts }

// AppendTokens appends the tokens of text, after every filter, to dst.
func (a *Analyzer) AppendTokens(dst []Token, text string) []Token {
	_, dst = a.walk(text, nil, dst, true)
	return dst
}

// Tokens returns the tokens of text after every filter.
func (a *Analyzer) Tokens(text string) []Token { return a.AppendTokens(nil, text) }

// Feature is one feature of a statement with the span it came from.
type Feature struct {
	Text       string // e.g. "congratul", "NOT_recogn", "not readi", "c: re"
	Hash       uint64 // Hash(Text)
	Start, End int    // byte span in the statement
	Negated    bool   // some part of it was in a negation scope
}

// negPrefix marks a negated term inside a feature.
const negPrefix = "NOT_"

// charPrefix marks a character n-gram feature.
const charPrefix = "c:"

func (t *Token) termHash() uint64 {
	if t.Negated {
		return t.negHash
	}
	return t.hash
}

// Features returns every feature of text, in order: word n-grams by start
// position and length, then character n-grams.
func (a *Analyzer) Features(text string) []Feature {
	toks := a.Tokens(text)
	var out []Feature
	var b strings.Builder
	for i := range toks {
		for n := a.opts.NGramMin; n <= a.opts.NGramMax && i+n <= len(toks); n++ {
			b.Reset()
			neg := false
			for k := i; k < i+n; k++ {
				if k > i {
					b.WriteByte(' ')
				}
				if toks[k].Negated {
					b.WriteString(negPrefix)
					neg = true
				}
				b.WriteString(toks[k].Term)
			}
			s := b.String()
			out = append(out, Feature{Text: s, Hash: Hash(s), Start: toks[i].Start, End: toks[i+n-1].End, Negated: neg})
		}
	}
	if a.opts.CharNGramMin > 0 {
		for _, t := range toks {
			padded := " " + t.Term + " "
			forCharGrams(padded, a.opts.CharNGramMin, a.opts.CharNGramMax, func(g string) {
				s := charPrefix + g
				out = append(out, Feature{Text: s, Hash: Hash(s), Start: t.Start, End: t.End})
			})
		}
	}
	return out
}

// AppendHashes appends Hash(f.Text) of every feature f that Features would
// return, in the same order, without building the strings. In steady state
// (terms already cached) it does not allocate beyond growing dst.
func (a *Analyzer) AppendHashes(dst []uint64, text string) []uint64 {
	s := a.pool.Get().(*scratch)
	if a.opts.CharNGramMin > 0 {
		// Character n-grams need the terms' text: tokens.
		s.toks = a.AppendTokens(s.toks[:0], text)
		dst = a.AppendTokenHashes(dst, s.toks)
		s.toks = s.toks[:0]
	} else {
		s.terms, s.toks = a.walk(text, s.terms[:0], s.toks[:0], false)
		dst = a.appendNGrams(dst, s.terms)
	}
	a.pool.Put(s)
	return dst
}

// AppendTokenHashes appends the ids of the features of a statement whose
// tokens toks came from [Analyzer.AppendTokens], in the order of Features:
// AppendHashes(dst, text) equals AppendTokenHashes(dst, AppendTokens(nil,
// text)). A trainer that needs the tokens anyway, to name new features with
// [Analyzer.FeatureText], tokenizes once this way.
func (a *Analyzer) AppendTokenHashes(dst []uint64, toks []Token) []uint64 {
	s := a.pool.Get().(*scratch)
	s.terms = s.terms[:0]
	for i := range toks {
		s.terms = append(s.terms, toks[i].termHash())
	}
	dst = a.appendNGrams(dst, s.terms)
	if a.opts.CharNGramMin > 0 {
		buf := s.buf
		for _, t := range toks {
			buf = append(buf[:0], ' ')
			buf = append(buf, t.Term...)
			buf = append(buf, ' ')
			dst = appendCharHashes(dst, buf, a.opts.CharNGramMin, a.opts.CharNGramMax)
		}
		s.buf = buf
	}
	a.pool.Put(s)
	return dst
}

// appendNGrams appends the ids of the word n-grams over the term hashes
// terms (as termHash gives them), by start position then length.
func (a *Analyzer) appendNGrams(dst []uint64, terms []uint64) []uint64 {
	for i := range terms {
		h := terms[i]
		for n := 1; n <= a.opts.NGramMax && i+n <= len(terms); n++ {
			if n > 1 {
				h = combine(h, terms[i+n-1])
			}
			if n >= a.opts.NGramMin {
				dst = append(dst, h)
			}
		}
	}
	return dst
}

// walk is the pipeline — tokenizer, TermFilter, NegationFilter — fused into
// one pass over text (see "The fused path" in the package doc). With
// tokens, it appends to toks the tokens that the steps run one after the
// other would give (the tests hold it to that);
// without, it appends only their termHash to terms and uses toks as the
// tokenizer's scratch space. Plain ASCII words go straight from the text to
// the term cache; everything else goes through the tokenizer's general
// step, one token at a time, and the filters' per-token steps.
func (a *Analyzer) walk(text string, terms []uint64, toks []Token, tokens bool) ([]uint64, []Token) {
	cache := a.terms.snapshot.Load()
	snap := cache.m
	in := false
	for i := 0; i < len(text); {
		if asciiSpace[text[i]] {
			i++
			continue
		}
		if j, k0, k1, ok := a.tokenizer.plainWord(text, i); ok {
			var e termEntry
			var removed bool
			slot := -1
			if k0 != 0 {
				slot = cache.words.find(k0, k1)
			}
			if slot >= 0 {
				e, removed = cache.words.entry(slot, tokens)
			} else {
				surface := text[i:j]
				var hit bool
				if e, hit = snap[surface]; !hit {
					e = a.terms.miss(surface, a.terms.words)
				}
				removed = e.term == ""
			}
			start := i
			i = j
			if removed {
				continue
			}
			var negated bool
			negated, in = a.neg.step(in, Word, e.hash)
			if tokens {
				toks = append(toks, Token{Term: e.term, Kind: Word, Start: start, End: j, Negated: negated, hash: e.hash, negHash: e.negHash})
			} else if negated {
				terms = append(terms, e.negHash)
			} else {
				terms = append(terms, e.hash)
			}
			continue
		}
		n := 0
		if tokens {
			n = len(toks)
		} else {
			toks = toks[:0]
		}
		toks, i = a.tokenizer.next(toks, text, i)
		out := n
		for _, t := range toks[n:] {
			e := a.terms.lookup(snap, t.Kind, t.Term)
			if e.term == "" {
				continue
			}
			if t.Kind == Punct {
				in = false
				continue
			}
			var negated bool
			negated, in = a.neg.step(in, t.Kind, e.hash)
			if tokens {
				t.Term, t.hash, t.negHash, t.Negated = e.term, e.hash, e.negHash, negated
				toks[out] = t
				out++
			} else if negated {
				terms = append(terms, e.negHash)
			} else {
				terms = append(terms, e.hash)
			}
		}
		if tokens {
			toks = toks[:out]
		}
	}
	return terms, toks
}

// forCharGrams calls fn with every substring of s that is min..max runes
// long, by start position then length.
func forCharGrams(s string, min, max int, fn func(string)) {
	starts := runeStarts(s)
	for i := 0; i < len(starts)-1; i++ {
		for n := min; n <= max && i+n < len(starts); n++ {
			fn(s[starts[i]:starts[i+n]])
		}
	}
}

// runeStarts returns the byte offset of every rune in s, plus len(s).
func runeStarts(s string) []int {
	out := make([]int, 0, len(s)+1)
	for i := range s {
		out = append(out, i)
	}
	return append(out, len(s))
}

func appendCharHashes(dst []uint64, b []byte, min, max int) []uint64 {
	// Walk rune boundaries without allocating: i is a start, j advances n
	// runes from it.
	for i := 0; i < len(b); i = nextRune(b, i) {
		j := i
		for n := 1; n <= max; n++ {
			j = nextRune(b, j)
			if j > len(b) {
				break
			}
			if n >= min {
				h := fnvString(uint64(fnvOffset), charPrefix)
				for _, c := range b[i:j] {
					h = fnvByte(h, c)
				}
				dst = append(dst, h)
			}
			if j == len(b) {
				break
			}
		}
	}
	return dst
}

// nextRune returns the offset after the rune at b[i:], or len(b)+1 at the end.
func nextRune(b []byte, i int) int {
	if i >= len(b) {
		return len(b) + 1
	}
	i++
	for i < len(b) && b[i]&0xC0 == 0x80 {
		i++
	}
	return i
}

// FeatureText returns the text of feature k (0-based, in the order of
// AppendHashes and Features) of a statement whose tokens toks came from
// AppendTokens, or "" when there is no such feature. A trainer meeting a new
// feature id uses it to name that one feature without building the others.
func (a *Analyzer) FeatureText(toks []Token, k int) string {
	for i := range toks {
		for n := a.opts.NGramMin; n <= a.opts.NGramMax && i+n <= len(toks); n++ {
			if k > 0 {
				k--
				continue
			}
			var b strings.Builder
			for j := i; j < i+n; j++ {
				if j > i {
					b.WriteByte(' ')
				}
				if toks[j].Negated {
					b.WriteString(negPrefix)
				}
				b.WriteString(toks[j].Term)
			}
			return b.String()
		}
	}
	if a.opts.CharNGramMin == 0 {
		return ""
	}
	for _, t := range toks {
		padded := " " + t.Term + " "
		found := ""
		forCharGrams(padded, a.opts.CharNGramMin, a.opts.CharNGramMax, func(g string) {
			if k == 0 && found == "" {
				found = charPrefix + g
			}
			k--
		})
		if found != "" {
			return found
		}
	}
	return ""
}
