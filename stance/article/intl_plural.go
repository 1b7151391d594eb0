package article

import "strings"

// Coordinated subjects that share a description in the plural between
// commas before their verb ("El colombiano A y el peruano B, presidentes
// de los dos países vecinos, felicitaron a X"): the subject is the last
// name before the description, and reported adds the others listed
// before it (coordinated).

// pluralApposition returns the last person of a list joined by a
// conjunction that ends at the comma opening a plural description, which
// the comma toks[b] before the verb closes; or an empty phrase.
func (ix *intl) pluralApposition(toks []token, b int) phrase {
	for j := b - 2; j > 1 && j >= b-12; j-- {
		t := toks[j]
		if !t.word() && !t.is(",") || t.word() && (ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower]) {
			return phrase{}
		}
		if !t.is(",") {
			continue
		}
		if !toks[j+1].word() || toks[j+1].cap || !ix.pluralRole(toks[j+1].lower) {
			return phrase{}
		}
		p := ix.subjectEnding(toks, j-1)
		if !ix.isPerson(p) || p.lo < 2 || !toks[p.lo-1].word() || !ix.lx.conjunctions[toks[p.lo-1].lower] {
			return phrase{}
		}
		return p
	}
	return phrase{}
}

// pluralRole reports whether w is the plural of an office ("presidentes",
// "líderes", "ministros", "chefs").
func (ix *intl) pluralRole(w string) bool {
	for _, e := range []string{"es", "s"} {
		if b, ok := strings.CutSuffix(w, e); ok && len(b) > 2 && ix.lx.roles[b] {
			return true
		}
	}
	return false
}

// otherSubject returns the subject of the verb toks[v] by this file's
// rule, when the word before the verb (past its preverbs) is the comma
// toks[b], or, for an act, by a German cleft (cleftSubject in
// intl_cleft.go); or an empty phrase.
func (ix *intl) otherSubject(toks []token, v, b int, action bool) phrase {
	if b >= 0 && toks[b].is(",") {
		if p := ix.pluralApposition(toks, b); p.ok() {
			return p
		}
	}
	if action {
		return ix.cleftSubject(toks, v)
	}
	return phrase{}
}

// relativeOrOther returns, for an act, the subject relativeSubject finds
// (intl_relative.go), and otherwise otherSubject's.
func (ix *intl) relativeOrOther(toks []token, v, b int, action bool) phrase {
	if p, _, ok := ix.relativeSubject(toks, v); ok && (action || ix.relativeSpeech(toks, v)) {
		return p
	}
	if p := ix.memberSubject(toks, v); p.ok() {
		return p // "X figure parmi les candidats qui ont rejeté …" (fgr16_member.go)
	}
	return ix.otherSubject(toks, v, b, action)
}
