package article

import "slices"

// closesApposition reports whether the comma right after the subject p
// of the postposed speech verb toks[v] closes an apposition that a comma
// inside p opened ("…, sagte ein Kommissionssprecher, Ivo Kask, am
// Montag.", "…, a déclaré son porte-parole, Ivo Kask, lundi."): that
// comma ends the name, not the attribution, so what follows it is still
// the attribution's adverbial rather than a clause of its own. Only a
// short adverbial ends the sentence there (at most five words, opening
// with a preposition, a determiner or a word that is never a name): "…,
// sagte ein Sprecher, X, man warte ab" reports a second clause.
func (ix *intl) closesApposition(toks []token, v int, p phrase) bool {
	if p.lo <= v || p.hi+1 >= len(toks) || !toks[p.hi].is(",") || !slices.ContainsFunc(toks[p.lo:p.hi], func(t token) bool { return t.is(",") }) {
		return false
	}
	first := toks[p.hi+1]
	if !first.word() || !(ix.lx.stops[first.lower] || ix.lx.determiners[first.lower]) {
		return false
	}
	words := 0
	for _, t := range toks[p.hi+1:] {
		switch {
		case t.isTerm():
			return words <= 5
		case !t.word():
			return false
		}
		words++
	}
	return words <= 5
}
