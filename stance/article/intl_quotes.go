package article

import (
	"unicode"
	"unicode/utf8"
)

// closerOf is the mark that closes a quotation opened by r in the
// languages of intl.go: « » and “ ” as everywhere, „ “ in German (a ” closes
// it too, as in Polish or Romanian usage), ‹ › and ‚ ‘ for single marks.
// reversed is the German and Danish »…« and ›…‹.
func closerOf(r rune, reversed bool) (rune, bool) {
	switch r {
	case '«':
		if !reversed {
			return '»', true
		}
	case '»':
		if reversed {
			return '«', true
		}
	case '‹':
		if !reversed {
			return '›', true
		}
	case '›':
		if reversed {
			return '‹', true
		}
	case '„':
		return '“', true
	case '“':
		return '”', true
	case '‚':
		return '‘', true
	case '‘':
		return '’', true
	}
	return 0, false
}

// intlOpen is an open quotation mark: where it is and what closes it.
type intlOpen struct {
	pos, size int
	close     rune
}

// findQuotesIntl returns the outermost quotations of text[bs:be] in order,
// by the conventions of closerOf. A closing mark closes the innermost open
// quotation it matches, dropping unclosed marks opened inside it; one that
// matches nothing open is ignored, and so is an opening mark in closing
// position (a ‘ or “ right after a word, as „…“ closes). A » before any «
// in the paragraph makes it use reversed marks (»…«). A straight " closes
// an open straight quotation and otherwise opens one when a non-space
// follows, or a no-break space: French typography binds its marks to the
// words by one (« non »), and text that traded the guillemets for
// straight marks keeps it (" non "). ’ and ' are apostrophes (l’élection, aujourd'hui) unless they
// close an open ‘ quotation. Inner quotations stay part of the outer one, so
// « … “…” … » is one remark.
func findQuotesIntl(text string, bs, be int) []quote {
	reversed := reversedMarks(text, bs, be)
	var out []quote
	var stack []intlOpen
	for i := bs; i < be; {
		r, size := utf8.DecodeRuneInString(text[i:be])
		prev := ' '
		if i > bs {
			prev, _ = utf8.DecodeLastRuneInString(text[bs:i])
		}
		if c := closeIndex(stack, r, prev); c >= 0 && !straightOpens(text, i+size, be, r, prev) {
			o := stack[c]
			stack = stack[:c]
			if len(stack) == 0 {
				out = append(out, quote{open: o.pos, cstart: o.pos + o.size, cend: i, close: i + size, closed: true})
			}
		} else if cl, ok := closerOf(r, reversed); ok && len(stack) < maxQuoteDepth && opensHere(r, prev) {
			stack = append(stack, intlOpen{pos: i, size: size, close: cl})
		} else if r == '"' && len(stack) < maxQuoteDepth && !isWordRune(prev) {
			if next, _ := utf8.DecodeRuneInString(text[i+size : be]); i+size < be && (!isSpace(next) || noBreakSpace(next)) {
				stack = append(stack, intlOpen{pos: i, size: size, close: '"'})
			}
		}
		i += size
	}
	if len(stack) > 0 {
		b := stack[0]
		out = append(out, quote{open: b.pos, cstart: b.pos + b.size, cend: be, close: be})
	}
	for k := range out {
		q := &out[k]
		q.term = endsTerminalIntl(text[q.cstart:q.cend])
		q.words = countWords(text[q.cstart:q.cend])
	}
	return out
}

// straightOpens reports whether the straight mark r at text[:next] stands
// in opening position — after a space and before a word — so that it opens
// a quotation nested in an open one instead of closing it: typed on a
// keyboard, «ГАС „Выборы“» becomes "ГАС "Выборы"", whose inner marks a
// closing-only reading pairs wrongly.
func straightOpens(text string, next, be int, r, prev rune) bool {
	if r != '"' || !isSpace(prev) || next >= be {
		return false
	}
	n, _ := utf8.DecodeRuneInString(text[next:be])
	return isWordRune(n)
}

// noBreakSpace reports whether r is a no-break space (U+00A0, or the
// narrow U+202F of French typography).
func noBreakSpace(r rune) bool { return r == '\u00a0' || r == '\u202f' }

// closeIndex returns the index in stack of the innermost open quotation
// that r closes, or -1. „ is closed by “ or ”, and by a straight " after
// a non-space (web text typed on a keyboard mixes them: „…"); ’ closes ‘
// only after a non-space (so that it stays an apostrophe elsewhere).
func closeIndex(stack []intlOpen, r, prev rune) int {
	if (r == '’' || r == '\'') && isSpace(prev) {
		return -1
	}
	if r == '\'' {
		r = '’'
	}
	for k := len(stack) - 1; k >= 0; k-- {
		if stack[k].close == r || (r == '”' && stack[k].close == '“') || (r == '"' && stack[k].close == '“' && !isSpace(prev)) {
			return k
		}
	}
	return -1
}

// opensHere reports whether the opening mark r may open a quotation after
// prev: “ and ‘ right after a letter are closing marks of another style;
// after an elided word's apostrophe they open (d’“un verdict clair”), as
// « does (d’« un verdict »).
func opensHere(r, prev rune) bool {
	if r == '“' || r == '‘' || r == '‚' {
		return !isWordRune(prev) && !unicode.IsPunct(prev) || isOpenPunct(prev) || prev == '’' || prev == '\''
	}
	return true
}

// reversedMarks reports whether the paragraph text[bs:be] quotes »…«: its
// first guillemet is a » in opening position (a non-space follows) with a
// « after it.
func reversedMarks(text string, bs, be int) bool {
	for i := bs; i < be; {
		r, size := utf8.DecodeRuneInString(text[i:be])
		switch r {
		case '«', '‹':
			return false
		case '»', '›':
			if next, _ := utf8.DecodeRuneInString(text[i+size : be]); i+size >= be || isSpace(next) {
				return false
			}
			for j := i + size; j < be; {
				c, n := utf8.DecodeRuneInString(text[j:be])
				if c == '«' || c == '‹' {
					return true
				}
				j += n
			}
			return false
		}
		i += size
	}
	return false
}

// endsTerminalIntl is endsTerminal with the closing marks of every style.
func endsTerminalIntl(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', '…':
			return true
		case '"', '\'', '’', '”', '»', '«', '“', '›', '‹', '‘', ')':
			s = s[:len(s)-n]
			continue
		}
		if unicode.IsSpace(r) {
			s = s[:len(s)-n]
			continue
		}
		return false
	}
	return false
}

// endsSentenceIntl is endsSentence with the closing marks of every style
// („…“ closes with “, »…« with «).
func endsSentenceIntl(s string) bool { return endsTerminalIntl(s) }
