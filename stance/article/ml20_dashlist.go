package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A roundup of reactions is often a list whose items open with a dash:
// "Las reacciones:" / "– El presidente X felicitó a Y …" / "– Der
// Kanzler X gratulierte …" / "— Президент X поздравил …". Outside English
// a paragraph opening with a dash is read as dialogue (intl.go), so such
// an item became a quotation of nobody. A dash paragraph is a list item,
// read as prose without its dash, when it is no dialogue turn: nothing in
// it attributes speech to anyone ("— …, — заявил X", "—… —dijo X—"), it
// asks no question and answers none, and the paragraph before it
// introduced no speaker ("X declaró:"), nor is it in a run of dash
// paragraphs whose first one is a turn — and it belongs to a list: the
// text paragraph before the list ends with a colon ("Ein Überblick über
// die Reaktionen:"), or a neighbouring paragraph is such an item too and
// this one names a person in its first words. No
// paragraph of the run of dash paragraphs may ask a question: that run
// is an interview, whose questions need not all end with one ("—
// Памфилова говорит, что жалоб было меньше.").

// dashListItem reports whether the dash paragraph toks (blocks[bi]) is an
// item of a list rather than a turn of dialogue.
func (ix *intl) dashListItem(toks []token, blocks []block, bi int) bool {
	first := bi == 0 || !ix.dashPara(blocks[bi-1])
	ix.dashList = (first || ix.dashList) && ix.listItem(toks, blocks, bi)
	return ix.dashList
}

// listItem reports whether the dash paragraph toks (blocks[bi]) is a
// list's item by itself (see dashListItem).
func (ix *intl) listItem(toks []token, blocks []block, bi int) bool {
	if len(toks) < 3 || blocks[bi].headline || ix.pending != nil || ix.turnAsked || endsWithQuestion(toks) || ix.turnAttributed(toks) {
		return false
	}
	prev, next := bi-1, bi+1
	for prev >= 0 && ix.dashPara(blocks[prev]) {
		prev--
	}
	for next < len(blocks) && ix.dashPara(blocks[next]) {
		next++
	}
	for _, b := range blocks[prev+1 : next] {
		if strings.Contains(ix.x.text[b.start:b.end], "?") {
			return false // an interview's turns: "— Кто был первым?"
		}
	}
	if prev >= 0 && strings.HasSuffix(strings.TrimSpace(ix.x.text[blocks[prev].start:blocks[prev].end]), ":") {
		return true
	}
	if !ix.namesEarly(toks) {
		return false // "—Nos quedaremos en las calles." after "—Esto fue un robo."
	}
	return bi > 0 && ix.plainDashItem(blocks[bi-1]) || bi+1 < len(blocks) && ix.plainDashItem(blocks[bi+1])
}

// namesEarly reports whether two capitalised words follow each other
// among the first eight words after the dash: an item names its person
// ("– Der Präsident Ivo Kask gratulierte"), a line of speech seldom does.
func (ix *intl) namesEarly(toks []token) bool {
	prevCap, words := false, 0
	for _, t := range toks[1:] {
		if !t.word() {
			continue
		}
		if words++; words > 8 {
			break
		}
		r, _ := utf8.DecodeRuneInString(ix.x.text[t.start:t.end])
		c := unicode.IsUpper(r)
		if c && prevCap {
			return true
		}
		prevCap = c
	}
	return false
}

// dashPara reports whether paragraph b opens with an en or em dash.
func (ix *intl) dashPara(b block) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(ix.x.text[b.start:b.end]))
	return r == '—' || r == '–'
}

// plainDashItem reports whether paragraph b opens with a dash and holds
// no other dash: a list item, not a dialogue turn, which attributes its
// speech after a second dash.
func (ix *intl) plainDashItem(b block) bool {
	t := strings.TrimSpace(ix.x.text[b.start:b.end])
	if !ix.dashPara(b) {
		return false
	}
	_, n := utf8.DecodeRuneInString(t)
	return !strings.ContainsAny(t[n:], "—–")
}
