package article

import "strings"

// Portuguese puts the definite article before a possessive: "O seu chefe
// da diplomacia, X, afirmou …", "a sua porta-voz, X,", "os seus
// ministros". The phrase parser took the article as the determiner and
// stopped at the possessive, so the office and the name in apposition
// after it were not read and the verb had no subject (Spanish "Su jefe de
// diplomacia, X," was read). The possessive after the article is skipped
// as a second determiner. An office also ran on into a verb with an
// enclitic pronoun, which no list holds whole (encliticVerb).

// articledPossessive returns 1 when the definite article toks[j] is
// followed by a Portuguese possessive (ptArticledPossessives), else 0.
func (ix *intl) articledPossessive(toks []token, j int) int {
	if ix.lx.code != "pt" || !ix.lx.definite[toks[j].lower] || j+2 >= len(toks) || !toks[j+1].word() || !ptArticledPossessives[toks[j+1].lower] {
		return 0
	}
	return 1
}

// encliticVerb reports whether w is a Portuguese verb of the lists with an
// enclitic pronoun ("desejou-lhe", "felicitou-o", "disse-lhe"): no
// modifier of an office before it, so "o chefe de Estado velário
// desejou-lhe …" has its office end before the verb, as "le deseó" has.
func (ix *intl) encliticVerb(w string) bool {
	i := strings.LastIndex(w, "-")
	if ix.lx.code != "pt" || i <= 0 || !ptEnclitics[w[i+1:]] {
		return false
	}
	v := w[:i]
	return ix.lx.speechVerbs[v] || ix.verbLike(v)
}
