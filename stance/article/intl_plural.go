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
