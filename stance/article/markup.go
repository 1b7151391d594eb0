package article

import (
	"html"
	"strings"
)

// Articles copied from web pages often keep their HTML: character
// references ("&quot;", "&#8220;", "&rsquo;") and tags ("<p>", "<a
// href=…>"). Left in, a reference hides the quotation mark it stands for
// and a tag glues paragraphs together, so quotations and speakers are
// lost (over the fourteen development sets, writing every quotation mark
// and apostrophe as a reference cost 267 of 1,406 gold speakers, and
// HTML paragraphs 196). The reader therefore reads such text as a browser
// shows it: references decoded, block tags (paragraphs, headings, list
// items, line breaks) made paragraph breaks, other tags removed and the
// bullets of a plain-text list dropped (a bullet opening every paragraph
// cost 194 of the 1,406); the offsets it reports still index the text as
// given.

// markup maps the bytes of the plain text made from an article's markup
// back to the article as given: plain byte i came from the given bytes
// src[i] to end[i] (a decoded reference's bytes all come from the whole
// reference). A nil *markup is the identity: the text had no markup.
type markup struct {
	src, end []int
}

// plainText returns the text a reader sees in s and the map of its bytes
// back to s; text without markup is returned as it is, with a nil map.
func plainText(s string) (string, *markup) {
	if !hasMarkup(s) {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s))
	m := &markup{src: make([]int, 0, len(s)), end: make([]int, 0, len(s))}
	emit := func(out string, from, to int) {
		b.WriteString(out)
		for range len(out) {
			m.src = append(m.src, from)
			m.end = append(m.end, to)
		}
	}
	for i := 0; i < len(s); {
		if n, char := reference(s[i:]); n > 0 {
			emit(char, i, i+n)
			i += n
			continue
		}
		if n := bulletLen(s, i); n > 0 {
			i += n // a list item's marker: the item reads as its own paragraph
			continue
		}
		if n, name, closing := tagLen(s[i:]); n > 0 {
			end := i + n
			if skippedTags[name] && !closing {
				end = skippedEnd(s, end, name)
			}
			if blockTags[name] {
				emit("\n\n", i, end)
			}
			i = end
			continue
		}
		emit(s[i:i+1], i, i+1)
		i++
	}
	return b.String(), m
}

// hasMarkup reports whether s holds a character reference or a tag.
func hasMarkup(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '&':
			if n, _ := reference(s[i:]); n > 0 {
				return true
			}
		case '<':
			if n, _, _ := tagLen(s[i:]); n > 0 {
				return true
			}
		default:
			if bulletLen(s, i) > 0 {
				return true
			}
		}
	}
	return false
}

// reference is the length of the character reference s starts with
// ("&amp;", "&#8220;", "&#x201C;") and the text it stands for, 0 if none:
// only a terminated reference that names a character counts, so "AT&T"
// and "R&D;" stay as they are.
func reference(s string) (int, string) {
	if len(s) < 4 || s[0] != '&' {
		return 0, ""
	}
	semi := strings.IndexByte(s[:min(len(s), 40)], ';')
	if semi < 2 {
		return 0, ""
	}
	body := s[1:semi]
	ok := false
	switch {
	case body[0] == '#' && len(body) > 2 && (body[1] == 'x' || body[1] == 'X'):
		ok = allOf(body[2:], isHexDigit)
	case body[0] == '#':
		ok = allOf(body[1:], isDigit)
	default:
		ok = isLetter(body[0]) && allOf(body, isAlnum)
	}
	if !ok {
		return 0, ""
	}
	char := html.UnescapeString(s[:semi+1])
	if char == s[:semi+1] {
		return 0, ""
	}
	return semi + 1, char
}

// bulletLen is the length of the list marker and the spaces after it at
// s[i:], when s[i] opens a line (after any spaces); 0 if there is none.
func bulletLen(s string, i int) int {
	n := 0
	for _, b := range bullets {
		if strings.HasPrefix(s[i:], b) && len(s) > i+len(b) && (s[i+len(b)] == ' ' || s[i+len(b)] == '\t' || gluedBullet(s, i+len(b))) { // rec31en_list.go
			n = len(b)
			break
		}
	}
	if n == 0 {
		return 0
	}
	// The spaces walked back over end at the previous non-space byte, so
	// the walks of all bullets together are linear in len(s).
	j := i
	for j > 0 && (s[j-1] == ' ' || s[j-1] == '\t') {
		j--
	}
	if j > 0 && s[j-1] != '\n' && s[j-1] != '\r' {
		return 0
	}
	for i+n < len(s) && (s[i+n] == ' ' || s[i+n] == '\t') {
		n++
	}
	return n
}

// tagLen is the length of the HTML tag or comment s starts with, the
// tag's lower-case name and whether it is an end tag; 0 if s starts with
// none. A tag is "<", an optional "/", a letter, then anything but "<" up
// to ">", so "a < b" and "<3" are text.
func tagLen(s string) (n int, name string, closing bool) {
	if len(s) < 3 || s[0] != '<' {
		return 0, "", false
	}
	if strings.HasPrefix(s, "<!--") {
		if e := strings.Index(s[4:], "-->"); e >= 0 {
			return 4 + e + 3, "", false
		}
		return 0, "", false
	}
	i := 1
	if s[i] == '/' {
		closing = true
		i++
	}
	j := i
	for j < len(s) && isAlnum(s[j]) {
		j++
	}
	if j == i || !isLetter(s[i]) || j >= len(s) || !(s[j] == '>' || s[j] == '/' || s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r') {
		return 0, "", false
	}
	e := strings.IndexAny(s[j:min(len(s), j+2000)], "<>")
	if e < 0 || s[j+e] != '>' {
		return 0, "", false
	}
	return j + e + 1, strings.ToLower(s[i:j]), closing
}

// skippedEnd is where the content of a skipped element that opened before
// from ends: after its end tag, or at the end of s when it has none.
func skippedEnd(s string, from int, name string) int {
	lower := strings.ToLower(s[from:])
	e := strings.Index(lower, "</"+name)
	if e < 0 {
		return len(s)
	}
	if g := strings.IndexByte(s[from+e:], '>'); g >= 0 {
		return from + e + g + 1
	}
	return len(s)
}

// remark moves a remark's offsets from the plain text to the text as given.
func (m *markup) remark(r *Remark) {
	if m == nil {
		return
	}
	r.Start, r.End = m.from(r.Start), m.to(r.End)
	r.QuoteStart, r.QuoteEnd = m.from(r.QuoteStart), m.to(r.QuoteEnd)
}

// remarks moves every remark's offsets (see remark) and returns rs.
func (m *markup) remarks(rs []Remark) []Remark {
	for i := range rs {
		m.remark(&rs[i])
	}
	return rs
}

// from is where the plain text's offset i starts in the text as given.
func (m *markup) from(i int) int {
	if i >= len(m.src) {
		return m.to(i)
	}
	return m.src[i]
}

// to is where the plain text's bytes up to offset i end in the text as
// given.
func (m *markup) to(i int) int {
	if i <= 0 || len(m.end) == 0 {
		return 0
	}
	return m.end[min(i, len(m.end))-1]
}

func allOf(s string, f func(byte) bool) bool {
	for i := 0; i < len(s); i++ {
		if !f(s[i]) {
			return false
		}
	}
	return s != ""
}

func isHexDigit(c byte) bool { return isDigit(c) || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
func isLetter(c byte) bool   { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
func isAlnum(c byte) bool    { return isLetter(c) || isDigit(c) }
