package article

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An opinion piece in another language names its author in a byline
// paragraph of its own after the headline, as in English ("Por Ana
// Lima", "Par Anne Roux", "Von Jana Roth", "Автор: Ольга Лебедева"), and
// the author speaks in the first person without quotation marks ("No
// voté por él, pero será mi presidente", "Ich halte diesen Sieg für
// gekauft"). As in English (author.go), each sentence after the byline
// with a first-person singular word (firstPersonLang) and no quotation,
// where no remark was found, is a direct remark of the author (in place
// of a remark the fallback inferred for a person the sentence names:
// "No voté por X" is no remark of X's), and a
// paragraph opening with the author's name (the closing note about the
// author) gives none.

// authorRemarksLang adds the byline author's first-person sentences as
// their direct remarks.
func (ix *intl) authorRemarksLang() {
	x := ix.x
	blocks := splitBlocksWith(x.text, endsSentenceIntl)
	bi, name := ix.bylineLang(blocks)
	if bi < 0 {
		return
	}
	var spk *speaker
	taken := make([][2]int, 0, len(x.remarks))
	for _, r := range x.remarks {
		if !r.Inferred {
			taken = append(taken, [2]int{r.QuoteStart, r.QuoteEnd})
		}
	}
	var own [][2]int // the author's sentences
	for _, b := range blocks[bi+1:] {
		if b.headline || b.furniture || strings.HasPrefix(x.text[b.start:b.end], name) {
			continue
		}
		qs, q0 := ix.blockQuotes(b)
		toks := tokenize(nil, x.text, b.start, b.end, qs, q0)
		last := -1
		for si, s := range ix.sentences(toks) {
			start, end, ok := ix.firstPersonLang(toks[s[0]:s[1]])
			if !ok || overlaps(taken, start, end) {
				continue
			}
			if spk == nil {
				spk = x.named(phrase{kind: pName, name: name, text: name})
			}
			x.add(Remark{Text: x.text[start:end], Kind: Direct, Start: start, End: end, QuoteStart: start, QuoteEnd: end}, spk, last == si-1)
			own = append(own, [2]int{start, end})
			last = si
		}
	}
	x.remarks = slices.DeleteFunc(x.remarks, func(r found) bool { return r.Inferred && overlaps(own, r.Start, r.End) })
}

// blockQuotes returns the quotations read in paragraph b, and the index
// of the first of them among the article's.
func (ix *intl) blockQuotes(b block) ([]quote, int) {
	qs := ix.x.quotes
	lo := 0
	for lo < len(qs) && qs[lo].open < b.start {
		lo++
	}
	hi := lo
	for hi < len(qs) && qs[hi].open < b.end {
		hi++
	}
	return qs[lo:hi], lo
}

// bylineLang returns the index of the byline paragraph and the author's
// name, or -1: among the first three paragraphs after the headline, one
// that is a byline word followed by two to four capitalised words (name
// particles allowed).
func (ix *intl) bylineLang(blocks []block) (int, string) {
	words := bylineWords[ix.lx.code]
	seen := 0
	for bi, b := range blocks {
		if b.headline {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		f := strings.Fields(ix.x.text[b.start:b.end])
		if len(f) < 3 || len(f) > 6 || !words[strings.ToLower(f[0])] {
			continue
		}
		ok := true
		for _, w := range f[1:] {
			r, _ := utf8.DecodeRuneInString(w)
			if !unicode.IsUpper(r) && !nameParticles[w] || strings.ContainsAny(w, ".,;:!?") {
				ok = false
				break
			}
		}
		if ok {
			return bi, strings.Join(f[1:], " ")
		}
	}
	return -1, ""
}

// firstPersonLang returns the span of the sentence toks without its
// closing punctuation when it speaks in the first person singular and
// holds no quotation.
func (ix *intl) firstPersonLang(toks []token) (start, end int, ok bool) {
	words := firstPersonLang[ix.lx.code]
	for _, t := range toks {
		if t.kind == tQuote {
			return 0, 0, false
		}
		if t.word() && words[strings.ToLower(ix.x.text[t.start:t.end])] {
			ok = true
		}
	}
	hi := len(toks)
	for hi > 0 && toks[hi-1].isTerm() {
		hi--
	}
	if !ok || hi < 2 {
		return 0, 0, false
	}
	return toks[0].start, toks[hi-1].end, true
}
