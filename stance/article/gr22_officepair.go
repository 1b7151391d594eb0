package article

import "strings"

// A plural office may stand before the pair of people who hold it, in
// apposition between commas: "Die Präsidenten des Rates und der
// Kommission, Ivo Kask und Lena Dal, schickten …", "Die Außenminister
// beider Länder, A und B, erklärten …", "Президенты двух стран, A и B,
// поздравили …". The reader took the office for the subject and lost the
// names. gr22OfficePair reads such a sentence as "A und B schickten …":
// the office and the commas around the names are dropped.

// gr22OfficeSpan is how many tokens the office, with its determiner and
// complements, may run before its comma.
const gr22OfficeSpan = 10

// gr22OfficePair returns toks with each sentence that opens with a plural
// office, a comma, two names joined by "and", a comma and a lower-case
// word read as "A and B word …" (see above).
func (ix *intl) gr22OfficePair(toks []token) []token {
	if ix.lx.code != "de" && ix.lx.code != "ru" {
		return toks
	}
	for i := 0; i < len(toks); i++ {
		if i > 0 && !toks[i-1].isTerm() {
			continue
		}
		if a, b, ok := ix.gr22PairAfterOffice(toks, i); ok {
			out := append([]token{}, toks[:i]...)
			out = append(out, toks[a:b]...)
			return append(out, toks[b+1:]...)
		}
	}
	return toks
}

// gr22PairAfterOffice returns the token range [a, b) of the two names
// after the office opening at toks[i], toks[b] being the comma after
// them.
func (ix *intl) gr22PairAfterOffice(toks []token, i int) (int, int, bool) {
	j := i
	if j < len(toks) && toks[j].word() && ix.lx.determiners[toks[j].lower] {
		j++
	}
	if j >= len(toks) || !toks[j].word() || !ix.gr22PluralRole(toks[j].lower) {
		return 0, 0, false
	}
	c := j + 1
	for c < len(toks) && c < j+gr22OfficeSpan && (toks[c].word() || toks[c].is("-")) {
		c++
	}
	if c+1 >= len(toks) || !toks[c].is(",") || ix.rev21grPairBlocked(toks, j, c) {
		return 0, 0, false // "Die Sprecher der Kandidaten, A und B, …" (rev21gr_narrow.go)
	}
	first := ix.forward(toks, c+1)
	if first.kind != pName || first.role != "" || !ix.isPerson(first) || first.hi >= len(toks) || !toks[first.hi].word() || !ix.lx.conjunctions[toks[first.hi].lower] {
		return 0, 0, false
	}
	second := ix.forward(toks, first.hi+1)
	b := second.hi
	if second.kind != pName || second.role != "" || !ix.isPerson(second) || b+1 >= len(toks) || !toks[b].is(",") {
		return 0, 0, false
	}
	if v := toks[b+1]; !v.word() || v.cap || ix.lx.determiners[v.lower] || ix.lx.relatives[v.lower] || ix.lx.subjectRelatives[v.lower] {
		return 0, 0, false
	}
	return c + 1, b, true
}

// gr22PluralRole reports whether w is an office word or the plural of
// one ("президенты", "лидеры", "Regierungschefs", "Ministerinnen").
func (ix *intl) gr22PluralRole(w string) bool {
	if ix.lx.isRole(w) {
		return true
	}
	for _, e := range gr22PluralEndings[ix.lx.code] {
		if s, ok := strings.CutSuffix(w, e[0]); ok && len([]rune(s)) > 3 && ix.lx.isRole(s+e[1]) {
			return true
		}
	}
	return false
}
