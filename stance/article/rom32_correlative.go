package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// French elides the "que" of "tant … que …" before a vowel and writes it
// in one word with the next name: "Tant Paul Kaba qu'Alain Yao ont
// félicité …". correlativePairsAsAnd (intl_correlative14.go) looks for
// "que" as a word of its own, so such a pair was not read as "A et B"
// and the first member was lost (or taken, with "Tant", for an inferred
// speaker). rom32SplitElidedQue (called in normalised, intl.go) splits
// a word "qu'" + a capitalised word
// within correlativeSpan tokens after an opening "tant" into "que" and
// the word, so that the pair is found.

// rom32SplitElidedQue returns toks with each such elided "qu'Name" after
// "tant" split in two.
func (ix *intl) rom32SplitElidedQue(toks []token) []token {
	if ix.lx.code != "fr" {
		return toks
	}
	var out []token
	open := -1
	for i, t := range toks {
		if t.word() && t.lower == "tant" {
			open = i
		}
		w := ix.x.text[t.start:t.end]
		a := strings.IndexAny(w, "'’")
		if open < 0 || i-open > correlativeSpan || !t.word() || a != 2 || !strings.HasPrefix(t.lower, "qu") {
			out = append(out, t)
			continue
		}
		_, size := utf8.DecodeRuneInString(w[a:])
		r, _ := utf8.DecodeRuneInString(w[a+size:])
		if !unicode.IsUpper(r) {
			out = append(out, t)
			continue
		}
		que := token{start: t.start, end: t.start + a + size, kind: tWord, lower: "que"}
		name := token{start: que.end, end: t.end, kind: tWord, lower: strings.ToLower(w[a+size:]), cap: true}
		out = append(out, que, name)
	}
	return out
}
