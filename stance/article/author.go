package article

import (
	"strings"
	"unicode"
)

// An opinion piece's author speaks in the first person without quotation
// marks: "I cannot defend this one", "I will not call Mr X the president
// the people chose". The author is named once, in a byline paragraph of
// its own ("By Ana Lima") after the headline. Each of the author's own
// sentences after the byline — one with a first-person singular word and
// no quotation — is a direct remark of theirs, as an interview answer is
// the interviewee's; consecutive ones in a paragraph form a run. The
// closing note about the author ("Ana Lima was foreign minister …") is in
// the third person and gives nothing.

// byline returns the index of the article's byline block and the author's
// name, or -1: a paragraph that is "By" followed by two to five
// capitalised words (name particles allowed), among the first three
// paragraphs after the headline.
func (x *extractor) byline() (int, string) {
	seen := 0
	for bi, b := range x.blocks {
		if b.headline {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		f := strings.Fields(x.text[b.start:b.end])
		if len(f) < 3 || len(f) > 6 || f[0] != "By" {
			continue
		}
		ok := true
		for _, w := range f[1:] {
			r := []rune(w)
			if !unicode.IsUpper(r[0]) && !nameParticles[w] {
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

// authorRemarks adds the byline author's first-person sentences as their
// direct remarks, except where a remark was already found, and gives them
// the reported remarks and actions whose subject was "I" (found without a
// speaker) in such sentences.
func (x *extractor) authorRemarks() {
	bi, name := x.byline()
	if bi < 0 {
		bi, name = x.tagline() // en19_tagline.go: "Hanna Roe is a lecturer in law."
	}
	if bi < 0 {
		return
	}
	spk := x.named(phrase{kind: pName, name: name, text: name})
	taken := make([][2]int, 0, len(x.remarks))
	for i := range x.remarks {
		r := &x.remarks[i]
		taken = append(taken, [2]int{r.QuoteStart, r.QuoteEnd})
		if r.spk == nil && r.Kind != Direct && x.authorSentence(bi, name, r.Start) {
			r.spk = spk // "I will not call Mr X the president": the subject "I"
		}
	}
	last := -1 // index of the previous sentence made an author's remark
	for si, s := range x.sents {
		b := x.blocks[s.block]
		if s.block <= bi || strings.HasPrefix(x.text[b.start:b.end], name) {
			continue
		}
		start, end, ok := x.firstPerson(s)
		if !ok || overlaps(taken, start, end) {
			continue
		}
		follows := last == si-1 && x.sents[last].block == s.block
		x.add(Remark{Text: x.text[start:end], Kind: Direct, Start: start, End: end, QuoteStart: start, QuoteEnd: end}, spk, follows)
		last = si
	}
}

// firstPerson returns the span of sentence s without its closing
// punctuation when s speaks in the first person singular and holds no
// quotation.
func (x *extractor) firstPerson(s sentence) (start, end int, ok bool) {
	toks := x.toks[s.lo:s.hi]
	for _, t := range toks {
		if t.kind == tQuote {
			return 0, 0, false
		}
		if t.word() && firstPersonWords[t.lower] {
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

func overlaps(spans [][2]int, start, end int) bool {
	for _, sp := range spans {
		if start < sp[1] && sp[0] < end {
			return true
		}
	}
	return false
}

// authorSentence reports whether the text offset at lies in a sentence
// after the byline block bi that speaks in the first person singular
// without a quotation, outside the closing note about the author.
func (x *extractor) authorSentence(bi int, name string, at int) bool {
	for _, s := range x.sents {
		if s.block <= bi || s.hi <= s.lo {
			continue
		}
		lo, hi := x.toks[s.lo].start, x.toks[s.hi-1].end
		if at < lo || at >= hi {
			continue
		}
		b := x.blocks[s.block]
		_, _, ok := x.firstPerson(s)
		return ok && !strings.HasPrefix(x.text[b.start:b.end], name)
	}
	return false
}
