package article

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// block is a paragraph: one or more lines joined because the break between
// them falls inside a sentence.
type block struct {
	start, end int // trimmed byte range
	headline   bool
	tlo, thi   int // token range
	unclosed   bool
	answer     bool // an interview answer: the paragraph opens "A:"
	question   bool // an interviewer's question: the paragraph opens "Q:"
	// furniture: a paragraph after the headline that ends no sentence — a
	// byline, a time stamp, "ADVERTISEMENT", "Read more: …", a photo
	// credit, a standfirst without a full stop. A page copied from the web
	// carries them between the headline and the lead, which is the first
	// paragraph that is not furniture.
	furniture bool
}

// splitBlocks divides text into paragraphs.
//
// The headline is the leading lines that do not end with sentence
// punctuation (up to the first blank line); each is a paragraph of its own.
// After it, a blank line always ends a paragraph. When the article separates
// paragraphs by blank lines, a single line break inside one is a hard wrap
// and joins the lines, unless the line ends a sentence and the next does not
// start in lower case. Without blank lines every line is a paragraph, unless
// the next line starts in lower case or the line ends with , ; : ( or a dash.
func splitBlocks(text string) []block {
	return dropListMarkers(text, splitBlocksWith(text, endsSentence)) // bullets12.go
}

// splitBlocksWith is splitBlocks with ends telling whether a line ends a
// sentence (the other languages close quotations with more marks).
func splitBlocksWith(text string, ends func(string) bool) []block {
	type line struct{ s, e int } // trimmed; s == e for a blank line
	var lines []line
	for ls := 0; ls < len(text); {
		le := strings.IndexByte(text[ls:], '\n')
		next := len(text)
		if le < 0 {
			le = len(text)
		} else {
			le += ls
			next = le + 1
		}
		s, e := trimSpace(text, ls, le)
		lines = append(lines, line{s, e})
		ls = next
	}
	hasBlank, seen := false, false
	for _, l := range lines {
		if l.s == l.e {
			hasBlank = hasBlank || seen
		} else {
			seen = true
		}
	}
	var blocks []block
	i := 0
	for i < len(lines) && lines[i].s == lines[i].e {
		i++
	}
	for ; i < len(lines) && lines[i].s != lines[i].e && !ends(text[lines[i].s:lines[i].e]); i++ {
		blocks = append(blocks, block{start: lines[i].s, end: lines[i].e, headline: true})
	}
	nh := len(blocks)
	open := false
	for ; i < len(lines); i++ {
		l := lines[i]
		if l.s == l.e {
			open = false
			continue
		}
		if open {
			b := &blocks[len(blocks)-1]
			prev := text[b.start:lines[i-1].e]
			cur := text[l.s:l.e]
			if !sectionHeader(text[lines[i-1].s:lines[i-1].e]) && !sectionHeader(cur) && (softBreak(prev, cur) || (hasBlank && !ends(prev) && !quoteClosedLine(prev, cur))) { // sectionheader.go; rec31en_list.go
				b.end = l.e
				continue
			}
		}
		blocks = append(blocks, block{start: l.s, end: l.e})
		open = true
	}
	for j := nh; j < len(blocks); j++ {
		blocks[j].furniture = isFurniture(text[blocks[j].start:blocks[j].end], ends)
	}
	if nh == len(blocks) && nh > 0 {
		// Only unpunctuated lines: there is no headline, just text.
		for j := range blocks {
			blocks[j].headline = false
		}
	}
	return dropLinkLists(text, blocks) // linklist.go
}

// isFurniture reports whether a paragraph after the headline ends no
// sentence and introduces nothing: "X said:" or "X, —" lead into the next
// paragraph's quotation.
func isFurniture(p string, ends func(string) bool) bool {
	if ends(p) {
		return false
	}
	l, _ := utf8.DecodeLastRuneInString(p)
	return !strings.ContainsRune(":,;-–—", l)
}

func softBreak(prev, line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	if unicode.IsLower(r) {
		return true
	}
	l, _ := utf8.DecodeLastRuneInString(prev)
	switch l {
	case ',', ';', ':', '-', '–', '—', '(':
		return true
	}
	return false
}

// endsSentence reports whether s ends with sentence punctuation, possibly
// followed by closing quotation marks or brackets.
func endsSentence(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', '…':
			return true
		case '"', '\'', '’', '”', '»', ')', ']', ' ', '\t', '\r':
			s = s[:len(s)-n]
			continue
		}
		return false
	}
	return false
}

func isSpace(r rune) bool { return r == utf8.RuneError || unicode.IsSpace(r) }

// trimSpace trims white space from text[s:e].
func trimSpace(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:e])
		if r == utf8.RuneError || !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[s:e])
		if r == utf8.RuneError || !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}

func isWordRune(r rune) bool {
	return r != utf8.RuneError && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r))
}

// quote is an outermost quotation.
type quote struct {
	open, close  int  // with the marks
	cstart, cend int  // content
	closed       bool // false: runs to the end of its paragraph
	term         bool // content ends with . ! ? or …
	words        int  // number of words in the content
}

type openMark struct {
	pos, size int
	double    bool
}

const maxQuoteDepth = 16

// findQuotes returns the outermost quotations of text[bs:be] in order.
//
// “ „ « open and ” » close a double quote; ‘ opens a single quote unless it
// stands between letters or before a digit. A straight " closes an open
// double quote and otherwise opens one when a non-space follows. ’ and '
// between letters or digits are apostrophes (There’s); in closing position
// (after a non-space, before a non-letter) they close an open single quote,
// except a plural possessive (voters’ choice) when another closing mark
// follows; a ' in opening position opens a single quote unless a digit
// follows ('90s). Inner quotations stay part of the outer one.
func findQuotes(text string, bs, be int) []quote {
	var marks quoteStack
	for i := bs; i < be; {
		r, size := utf8.DecodeRuneInString(text[i:be])
		prev, _ := utf8.DecodeLastRuneInString(text[bs:i])
		if i == bs {
			prev = ' '
		}
		next, _ := utf8.DecodeRuneInString(text[i+size : be])
		if i+size >= be {
			next = ' '
		}
		switch r {
		case '“', '„', '«':
			marks.push(i, size, true)
		case '”', '»':
			if marks.nd > 0 {
				marks.pop(i, size, true)
			}
		case '"':
			if marks.nd > 0 {
				marks.pop(i, size, true)
			} else if !isWordRune(prev) && !isSpace(next) {
				marks.push(i, size, true)
			}
		case '‘':
			if unicode.IsDigit(next) || (isWordRune(prev) && isWordRune(next)) {
				break // apostrophe
			}
			if !isSpace(next) {
				marks.push(i, size, false)
			}
		case '’', '\'':
			switch {
			case isWordRune(prev) && isWordRune(next):
				// apostrophe: There’s, don't
			case !isSpace(prev) && !isWordRune(next):
				if marks.ns > 0 && !possessive(text, i, size, be, prev) {
					marks.pop(i, size, false)
				}
			case isSpace(prev) || isOpenPunct(prev):
				if r == '\'' && !isSpace(next) && !unicode.IsDigit(next) {
					marks.push(i, size, false)
				}
			}
		}
		i += size
	}
	out := marks.out
	if len(marks.stack) > 0 {
		b := marks.stack[0]
		out = append(out, quote{open: b.pos, cstart: b.pos + b.size, cend: be, close: be})
	}
	for k := range out {
		q := &out[k]
		q.term = endsTerminal(text[q.cstart:q.cend])
		q.words = countWords(text[q.cstart:q.cend])
	}
	return out
}

// quoteStack holds the open quotation marks findQuotes has seen, innermost
// last, with counts of open double (nd) and single (ns) marks so that a
// closing mark with nothing of its kind open is ignored; out collects the
// outermost quotations closed so far.
type quoteStack struct {
	out    []quote
	stack  []openMark
	nd, ns int
}

// push opens a quotation with the mark of size bytes at i. Past
// maxQuoteDepth the mark is ignored, which bounds the work on text full of
// unmatched openers.
func (q *quoteStack) push(i, size int, double bool) {
	if len(q.stack) >= maxQuoteDepth {
		return
	}
	q.stack = append(q.stack, openMark{pos: i, size: size, double: double})
	if double {
		q.nd++
	} else {
		q.ns++
	}
}

// pop closes the innermost open quotation of the given kind with the mark of
// size bytes at i, dropping any unclosed marks of the other kind opened
// inside it. When that empties the stack, the outermost quotation is done
// and is recorded in out; inner ones stay part of it.
func (q *quoteStack) pop(i, size int, double bool) {
	bottom := q.stack[0]
	for len(q.stack) > 0 {
		top := q.stack[len(q.stack)-1]
		q.stack = q.stack[:len(q.stack)-1]
		if top.double {
			q.nd--
		} else {
			q.ns--
		}
		if top.double == double {
			break
		}
	}
	if len(q.stack) == 0 {
		q.out = append(q.out, quote{open: bottom.pos, cstart: bottom.pos + bottom.size, cend: i, close: i + size, closed: true})
	}
}

func isOpenPunct(r rune) bool {
	switch r {
	case '(', '[', '{', '—', '–', '-', ':', '“', '"', '‘', '«', '„', '/':
		return true
	}
	return false
}

// possessive reports whether the closing-position mark at i ends a plural
// possessive ("the voters’ choice") rather than a quotation: it follows an
// s, a space and a lower-case word follow it, and another closing-position
// mark comes within the next 300 bytes of the paragraph.
func possessive(text string, i, size, be int, prev rune) bool {
	if prev != 's' && prev != 'S' {
		return false
	}
	j := i + size
	if j+1 >= be || text[j] != ' ' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[j+1 : be])
	if !unicode.IsLower(r) {
		return false
	}
	lim := min(be, j+300)
	for k := j + 1; k < lim; {
		c, n := utf8.DecodeRuneInString(text[k:lim])
		if c == '’' || c == '\'' {
			p, _ := utf8.DecodeLastRuneInString(text[:k])
			nx, _ := utf8.DecodeRuneInString(text[k+n : be])
			if k+n >= be {
				nx = ' '
			}
			if !isSpace(p) && !isWordRune(nx) {
				return true
			}
		}
		k += n
	}
	return false
}

// endsTerminal reports whether s ends with . ! ? or …, ignoring trailing
// spaces and quotation marks.
func endsTerminal(s string) bool {
	for len(s) > 0 {
		r, n := utf8.DecodeLastRuneInString(s)
		switch r {
		case '.', '!', '?', '…':
			return true
		case '"', '\'', '’', '”', '»', ' ', '\t', '\n', '\r':
			s = s[:len(s)-n]
			continue
		}
		return false
	}
	return false
}

func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := isWordRune(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '’' || r == '-'))
	}
	return n
}

type tokKind uint8

const (
	tWord tokKind = iota
	tPunct
	tQuote
)

// token is a word, a punctuation mark, or a whole outermost quotation.
type token struct {
	start, end int
	kind       tokKind
	cap        bool   // word starting with an upper-case letter
	lower      string // word in lower case; punctuation as is
	q          int    // index into extractor.quotes for tQuote
}

func (t token) is(s string) bool { return t.kind != tQuote && t.lower == s }

func (t token) word() bool { return t.kind == tWord }

// isTerm reports whether t is sentence-final punctuation.
func (t token) isTerm() bool {
	return t.kind == tPunct && (t.lower == "." || t.lower == "!" || t.lower == "?" || t.lower == "…")
}

// tokenize appends the tokens of text[bs:be] to toks; quotes (which lie in
// the range, in order) become one token each, numbered from q0.
func tokenize(toks []token, text string, bs, be int, quotes []quote, q0 int) []token {
	qi := 0
	for i := bs; i < be; {
		if qi < len(quotes) && i == quotes[qi].open {
			toks = append(toks, token{start: i, end: quotes[qi].close, kind: tQuote, q: q0 + qi})
			i = quotes[qi].close
			qi++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:be])
		if r != utf8.RuneError && unicode.IsSpace(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			if e, dash := plainDash(text, bs, be, i); dash {
				// " - " and "--" typed for a dash: read as the dash
				// they stand for ("Ivo Kask - a critic of Dal - said").
				toks = append(toks, token{start: i, end: e, kind: tPunct, lower: "–"})
				i = e
				continue
			}
			toks = append(toks, token{start: i, end: i + size, kind: tPunct, lower: text[i : i+size]})
			i += size
			continue
		}
		j := i + size
		shape := wordShape{runes: 1, lower: unicode.IsLower(r)}
		for j < be {
			if qi < len(quotes) && j == quotes[qi].open {
				break
			}
			c, n := utf8.DecodeRuneInString(text[j:be])
			if isWordRune(c) && unicode.IsUpper(c) && shape.gluedWords(text, j, be) {
				break // "el presidenteFernández": a page that lost a space
			}
			if isWordRune(c) {
				shape.add(c)
				j += n
				continue
			}
			if c == '\'' || c == '’' || c == '-' || c == '‐' || c == '.' {
				d, _ := utf8.DecodeRuneInString(text[j+n : be])
				if c == '.' && shape.gluedSentence(text, i, j, be) {
					break // "… Elon Musk.Desde Argentina, …": a page that lost the space after a full stop
				}
				if j+n < be && isWordRune(d) && !(qi < len(quotes) && j+n == quotes[qi].open) {
					shape.add(c)
					j += n
					continue
				}
				if (c == '\'' || c == '’') && text[j-1] == 's' && (j+n == be || isSpace(d)) {
					// A plural possessive ("the Socialists’ leader"): the mark
					// closes no quotation (those are tokens of their own).
					j += n
				}
			}
			break
		}
		if (j == i+size || dottedInitials(text[i:j])) && initialPeriod(text, j, be, r) && !afterPreposition(text, i) {
			j++ // "Lena M. Dal", "В. Путин", "R.K. Singh": the initials and their period are one word
		}
		toks = append(toks, token{start: i, end: j, kind: tWord, cap: unicode.IsUpper(r) || particleName(text[i:j]), lower: wordLower(text[i:j])})
		i = j
	}
	return toks
}

// wordShape is what tokenize knows of the word read so far, kept as it
// goes: the glue checks below then cost the same at every rune, where
// re-reading the word at each capital or full stop would make a long word
// of many (adversarial input) quadratic.
type wordShape struct {
	runes  int
	lower  bool // every rune so far a lower-case letter
	dotted bool // a full stop inside the word
}

func (s *wordShape) add(c rune) {
	s.runes++
	s.lower = s.lower && unicode.IsLower(c)
	s.dotted = s.dotted || c == '.'
}

// gluedSentence reports whether the full stop at text[j] ends a sentence
// whose space the page lost ("reacciones encontradas. … Elon Musk.Desde
// Argentina"): the word before it (from text[i]) is at least four runes
// with no full stop of its own, no abbreviation or title ("El
// Prof.Martínez"), and ends in a lower-case letter, and an upper-case
// letter then a lower-case one follow. Abbreviations ("U.S.", "e.g."),
// initials and domain names ("Lusa.pt") do not.
func (s *wordShape) gluedSentence(text string, i, j, be int) bool {
	if s.runes < 4 || s.dotted || j+1 >= be {
		return false
	}
	if last, _ := utf8.DecodeLastRuneInString(text[i:j]); !unicode.IsLower(last) {
		return false
	}
	u, n := utf8.DecodeRuneInString(text[j+1 : be])
	if !unicode.IsUpper(u) || j+1+n >= be {
		return false
	}
	if l, _ := utf8.DecodeRuneInString(text[j+1+n : be]); !unicode.IsLower(l) {
		return false
	}
	w := strings.ToLower(text[i:j])
	return !abbreviations[w] && !gluedTitles[w]
}

// gluedWords reports whether the capital at text[j] starts a word glued to
// the one before by a page that lost the space ("presidenteFernández"):
// the word so far is at least four lower-case letters and a lower-case
// letter follows the capital. Names with an inner capital ("McDonald",
// "DeSantis", "iPhone") start otherwise.
func (s *wordShape) gluedWords(text string, j, be int) bool {
	if !s.lower || s.runes < 4 {
		return false
	}
	_, n := utf8.DecodeRuneInString(text[j:be])
	if j+n >= be {
		return false
	}
	l, _ := utf8.DecodeRuneInString(text[j+n : be])
	return unicode.IsLower(l)
}

// initialPeriod reports whether the one-letter word r, ending at
// text[j], is an initial: a capital letter with a full stop after it and
// a capitalised word (or the next initial) after a space. The sentence
// splitter reads such a period as no end already (see the package doc);
// as one word with its letter the initial joins the name around it for
// every reader of names ("George W. Bush", "В. В. Путин", "Jo K. Roe
// said"). A sentence that ends in a lone capital before a capitalised word
// ("… chose Plan B. Kask said") is read the same way.
func initialPeriod(text string, j, be int, r rune) bool {
	if !unicode.IsUpper(r) || j+2 >= be || text[j] != '.' {
		return false
	}
	k := j + 1
	for k < be && text[k] == ' ' {
		k++
	}
	if k == j+1 || k >= be {
		return false
	}
	n, _ := utf8.DecodeRuneInString(text[k:be])
	return unicode.IsUpper(n) && !fullNameSays(text, k, be)
}

// afterPreposition reports whether the word before text[i] is a lower-case
// preposition ("wrote on X. Ukraine's president …", "posted to X. The
// minister …"): a capital letter after one is a platform or a plan, not
// an initial, and its period ends the sentence.
func afterPreposition(text string, i int) bool {
	e := i
	for e > 0 && text[e-1] == ' ' {
		e--
	}
	if e == i {
		return false
	}
	s := e
	for s > 0 && text[s-1] >= 'a' && text[s-1] <= 'z' {
		s--
	}
	return s < e && (s == 0 || !isWordRune(rune(text[s-1]))) && letterPreps[text[s:e]]
}

// fullNameSays reports whether text[k:be] opens with a name of two to
// four capitalised words and then an English speech verb ("Marek Tamm
// said …"): after a lone capital and its period ("… rejected Plan B.
// Marek Tamm said", "… fought in World War I. Lena Dal said") that is a
// new sentence's speaker named in full, not a surname after an initial
// ("Lena M. Dal said" has one word before the verb). The period then
// ends the sentence (boundaryAfter).
func fullNameSays(text string, k, be int) bool {
	words := 0
	for k < be {
		e := k
		for e < be && text[e] != ' ' && text[e] != '\n' {
			e++
		}
		w := text[k:e]
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return words >= 2 && sayVerbs[w]
		}
		if words++; words > 4 || strings.ContainsAny(w, ".,;:") || e >= be || text[e] != ' ' {
			return false
		}
		k = e + 1
	}
	return false
}

// particleName reports whether w is a name written with its particle
// joined by a hyphen ("al-Assad", "el-Sisi", "bin-Salman"): it counts as
// a capitalised word.
func particleName(w string) bool {
	p, rest, ok := strings.Cut(w, "-")
	if !ok || !nameParticles[p] && !rec22mlArticleParticles[p] { // "аль-Башир", "as-Sisi" (lexicon_rec22ml.go)
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// wordLower is a word token's lower-case form: lowerWord's, except for
// the country's initials written in capitals ("the US State Department",
// "a US spokesperson"), which must not be read as the pronoun "us" (a
// function word that ends a speaker's name and is never part of one).
func wordLower(w string) string {
	if w == "US" {
		return countryUS
	}
	return lowerWord(w)
}

// countryUS is the lower-case form of "US": no word of any lexicon.
const countryUS = "usa"

// lowerWord lower-cases w and writes typographic apostrophes and hyphens
// as ASCII ones, so "Russia’s" matches "russia's".
func lowerWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	w = strings.ToLower(w)
	if strings.ContainsAny(w, "’‐") {
		w = strings.NewReplacer("’", "'", "‐", "-").Replace(w)
	}
	return w
}

// isAbbrev reports whether a period after w belongs to an abbreviation or
// an initial.
func isAbbrev(w token) bool {
	if !w.word() {
		return false
	}
	if abbreviations[w.lower] || strings.Contains(w.lower, ".") {
		return true
	}
	r, n := utf8.DecodeRuneInString(w.lower)
	return n == len(w.lower) && unicode.IsLetter(r) && w.cap
}

// plainDash reports whether the hyphen at text[i] is a dash typed with
// the keyboard's hyphen, and where it ends: two hyphens ("--"), or one
// with white space on both sides (" - "; a hyphen inside a word or
// before a digit is none). Wire copy in plain text writes its dashes so.
func plainDash(text string, bs, be, i int) (int, bool) {
	if text[i] != '-' {
		return 0, false
	}
	if i+1 < be && text[i+1] == '-' {
		e := i + 2
		for e < be && text[e] == '-' {
			e++
		}
		return e, true
	}
	before := i == bs || isSpace(rune(text[i-1]))
	after := i+1 == be || isSpace(rune(text[i+1]))
	return i + 1, before && after
}
