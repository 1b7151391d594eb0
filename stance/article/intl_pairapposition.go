package article

import "strings"

// Two names in one apposition to a plural office, in Spanish and
// Portuguese: "Los presidentes de Solia y de Brina, Julián Vega y Rubén
// Soto, felicitaron a X", "Os chanceleres de A e B, X e Y, saudaram …".
// Roundups of reactions pair leaders so; the list rules (appositionList)
// want an office before each name, and no phrase ended at the comma
// before the verb, so the act had no subject. pairApposition reads the
// two full names between the plural office that opens the clause and the
// comma before the verb: each is a subject of the act.

// pairApposition returns the two people in apposition before the comma
// toks[b], or nothing.
func (ix *intl) pairApposition(toks []token, b int) []phrase {
	if !pairAppositionLangs[ix.lx.code] || b < 6 || !toks[b].is(",") {
		return nil
	}
	second := ix.nameEnding(toks, b-1)
	if !ix.bareFullName(second) || second.lo < 4 || !toks[second.lo-1].word() || !ix.lx.conjunctions[toks[second.lo-1].lower] {
		return nil
	}
	first := ix.nameEnding(toks, second.lo-2)
	if !ix.bareFullName(first) || first.lo < 3 || !toks[first.lo-1].is(",") {
		return nil
	}
	c := first.lo - 1
	s := 0
	for s < c && ix.frontedAt(toks, s) {
		s++
	}
	r := s
	if r < c && ix.lx.determiners[toks[r].lower] {
		r++
	}
	if r >= c || c-s > longTitleMax || !ix.pluralOffice(toks[r].lower) || !ix.plainTitle(toks, r, c) {
		return nil
	}
	role := span(ix.x.text, toks, r, c)
	for _, p := range []*phrase{&first, &second} {
		p.role, p.titled = role, true
	}
	return []phrase{first, second}
}

// nameEnding returns the name whose last word is toks[k]: the longest
// run of capitalised words and name particles ending there that parses
// as a name ending at k (backward skips a name after "y", a stop).
func (ix *intl) nameEnding(toks []token, k int) phrase {
	lo := k
	for lo > 0 && k-lo < 5 && toks[lo-1].word() && (toks[lo-1].cap || intlNameParticles[toks[lo-1].lower]) {
		lo--
	}
	for ; lo <= k; lo++ {
		if p := ix.forward(toks, lo); p.kind == pName && p.hi == k+1 {
			return p
		}
	}
	return phrase{}
}

// bareFullName reports whether p is a name of two words or more with no
// office of its own.
func (ix *intl) bareFullName(p phrase) bool {
	return p.kind == pName && p.role == "" && strings.Contains(p.name, " ")
}

// pluralOffice reports whether w is the plural of an office
// ("presidentes", "cancilleres", "ministros", "chanceleres").
func (ix *intl) pluralOffice(w string) bool {
	if s, ok := strings.CutSuffix(w, "es"); ok && ix.lx.isRole(s) {
		return true
	}
	s, ok := strings.CutSuffix(w, "s")
	return ok && ix.lx.isRole(s)
}

// plainTitle reports whether toks[r:c] are words with no verb of saying
// or acting and no complementizer: a title, not a clause.
func (ix *intl) plainTitle(toks []token, r, c int) bool {
	for _, t := range toks[r:c] {
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.lx.complementizers[t.lower] {
			return false
		}
	}
	return true
}
