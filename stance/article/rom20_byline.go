package article

import (
	"strings"
	"unicode"
)

// An opinion piece in Spanish, Portuguese, French, German or Russian names
// its author in a byline paragraph of its own after the headline ("Por Ana
// Lima", "Par Paul Roux", "Von Jana Roth", "Автор: Ольга Лебедева"), then speaks in the first person without quotation marks:
// "a partir del 8 de mayo será también mi presidente", "je ne voterai
// pas pour lui, mais il est mon président". As in English (author.go),
// each sentence after the byline with a first-person singular word
// (rom20FirstPerson) and no quotation, where nothing else was found, is
// a direct remark of the author's; the closing note about the author (a
// paragraph opening with the name) gives nothing. A news report's byline
// changes nothing: its sentences are in the third person.

// rom20Byline returns the index in blocks of the byline paragraph and
// the author's name, or -1: among the first three paragraphs after the
// headline, one that is the byline word and two to five capitalised words
// (name particles allowed).
func (ix *intl) rom20Byline(blocks []block) (int, string) {
	by, ok := rom20BylineWords[ix.lx.code]
	if !ok {
		return -1, ""
	}
	seen := 0
	for bi, b := range blocks {
		if b.headline {
			continue
		}
		if seen++; seen > 3 {
			break
		}
		f := gr22BylineGenre(ix.lx.code, strings.Fields(ix.x.text[b.start:b.end])) // "Ein Kommentar von X" (gr22_byline.go)
		if len(f) < 3 || len(f) > 6 || f[0] != by {
			continue
		}
		ok := true
		for _, w := range f[1:] {
			if r := []rune(w); !unicode.IsUpper(r[0]) && !nameParticles[w] && !intlNameParticles[w] {
				ok = false
			}
		}
		if ok && !ix.rev20NotByline(f[1:]) && !ix.rev20Interview(blocks[bi+1:]) {
			return bi, strings.Join(f[1:], " ")
		}
	}
	return -1, ""
}

// rom20AuthorSentence adds toks, a sentence of the paragraph b after the
// byline paragraph, as a direct remark of the author when it speaks in
// the first person singular and holds no quotation; it reports whether
// it did. prev is set when the previous sentence was the author's, in
// the same paragraph.
func (ix *intl) rom20AuthorSentence(toks []token, b block, author string, prev bool) bool {
	if author == "" || strings.HasPrefix(ix.x.text[b.start:b.end], author) || b.answer || b.question || ix.rev20OthersView(toks) {
		return false
	}
	fp := rom20FirstPerson[ix.lx.code]
	ok := false
	for _, t := range toks {
		if t.kind == tQuote {
			return false
		}
		if t.word() && (fp[t.lower] || strings.HasPrefix(t.lower, "j'") || strings.HasPrefix(t.lower, "j’")) {
			ok = ok || fp[t.lower] || ix.lx.code == "fr"
		}
	}
	hi := len(toks)
	for hi > 0 && toks[hi-1].isTerm() {
		hi--
	}
	if !ok || hi < 2 {
		return false
	}
	start, end := toks[0].start, toks[hi-1].end
	spk := ix.x.named(phrase{kind: pName, name: author, text: author})
	ix.x.add(Remark{Text: ix.x.text[start:end], Kind: Direct, Start: start, End: end, QuoteStart: start, QuoteEnd: end}, spk, prev)
	return true
}
