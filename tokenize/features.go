package tokenize

import "strings"

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

// Features returns every feature of text, in order: word n-grams by start
// position and length, then character n-grams.
func (a *Analyzer) Features(text string) []Feature {
	return a.features(a.Tokens(text))
}

// FeaturesIn returns every feature of text in the election context ctx
// (see Context), in the order of Features.
func (a *Analyzer) FeaturesIn(ctx Context, text string) []Feature {
	return a.features(a.TokensIn(ctx, text))
}

// ngramEnd returns how many tokens from toks[i] the longest word n-gram
// starting there may take: up to NGramMax, not past the end and not past a
// sentence boundary; 0 when toks[i] is a boundary.
func (a *Analyzer) ngramEnd(toks []Token, i int) int {
	n := 0
	for n < a.opts.NGramMax && i+n < len(toks) && toks[i+n].Kind != Boundary {
		n++
	}
	return n
}

func (a *Analyzer) features(toks []Token) []Feature {
	var out []Feature
	var b strings.Builder
	for i := range toks {
		for n := a.opts.NGramMin; n <= a.ngramEnd(toks, i); n++ {
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
			if t.Kind == Boundary {
				continue
			}
			padded := " " + t.Term + " "
			forCharGrams(padded, a.opts.CharNGramMin, a.opts.CharNGramMax, func(g string) {
				s := charPrefix + g
				out = append(out, Feature{Text: s, Hash: Hash(s), Start: t.Start, End: t.End})
			})
		}
	}
	return out
}

// FeatureText returns the text of feature k (0-based, in the order of
// AppendHashes and Features) of a statement whose tokens toks came from
// AppendTokens, or "" when there is no such feature. A trainer meeting a new
// feature id uses it to name that one feature without building the others.
func (a *Analyzer) FeatureText(toks []Token, k int) string {
	for i := range toks {
		for n := a.opts.NGramMin; n <= a.ngramEnd(toks, i); n++ {
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
		if t.Kind == Boundary {
			continue
		}
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
