package article

import (
	"slices"
	"strings"
	"unicode"
)

// Items of a list that open with a dash. A roundup of reactions is often
// a list whose items open with an en or em dash ("Die Reaktionen im
// Überblick:" / "– Frankreichs Präsident X gratulierte der Kanzlerin …").
// In the languages other than English a paragraph opening with a dash is
// read as dialogue (intl.go), so such an item became an unattributed
// direct remark and the person it names was never found. A dash paragraph
// is an item of a list, read as the article's own prose after its dash,
// when it is no dialogue: it has no attribution ("— No lo aceptaremos
// —dijo el ministro—."), asks no question, no sentence before it
// announced a speaker ("X заявил:"), the article is no interview, and it
// stands in a list: after a paragraph ending with a colon that named no
// speaker, or right after another item. German reports open no dialogue
// with a dash, so there the list needs no such opening.

// listItem reports whether the dash paragraph toks (block b) is an item
// of a list rather than a turn of dialogue, and records where it ended,
// as the last item or the last turn. prev is the sentence before it.
func (ix *intl) listItem(toks []token, b block, prev []token) bool {
	item := ix.isListItem(toks, b, prev)
	end := len(strings.TrimRightFunc(ix.x.text[:b.end], unicode.IsSpace))
	if item {
		ix.listEnd = end
	} else {
		ix.turnEnd = end
	}
	return item
}

func (ix *intl) isListItem(toks []token, b block, prev []token) bool {
	if b.headline || ix.pending != nil || ix.interviewee != nil || len(toks) < 4 ||
		endsWithQuestion(toks) || ix.turnAttributed(toks) || !toks[1].word() {
		return false
	}
	if w := []rune(ix.x.text[toks[1].start:toks[1].end]); !unicode.IsUpper(w[0]) {
		return false
	}
	before := strings.TrimRightFunc(ix.x.text[:b.start], unicode.IsSpace)
	if ix.turnEnd > 0 && len(before) == ix.turnEnd || ix.colonAnnouncer(prev) {
		return false // the next turn of a dialogue; "X war deutlich:" announces X's words
	}
	return ix.lx.code == "de" || strings.HasSuffix(before, ":") ||
		ix.listEnd > 0 && len(before) == ix.listEnd || ix.ml21ThirdPersonItem(toks) // ml21_dashitem.go
}

// colonAnnouncer reports whether the sentence toks ends with a colon and
// has a verb of saying or opens with a person named in full and a
// lower-case verb: the colon announces what they said ("Der
// Oppositionsführer X war deutlich:", "X fue tajante:", "Вот что
// рассказала нам X:"), not a list.
func (ix *intl) colonAnnouncer(toks []token) bool {
	if len(toks) < 3 || !toks[len(toks)-1].is(":") {
		return false
	}
	if slices.ContainsFunc(toks, func(t token) bool { return t.word() && ix.lx.speechVerbs[t.lower] }) {
		return true
	}
	p := ix.apposed(toks, 0)
	return ix.isPerson(p) && p.hi < len(toks)-1 && toks[p.hi].word() && !toks[p.hi].cap
}
