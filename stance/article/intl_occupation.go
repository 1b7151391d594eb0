package article

// namedOccupation reports whether toks[k] is the title of an occupation
// (occupations: a coordinator, a director) that heads a body named with
// capitals after a joining word, with or without an article ("a
// coordenadora do Bloco de Esquerda, X,", "el coordinador de la
// Plataforma Unitaria, X,"): the title is then an office of that body,
// and the name in apposition after it is its holder's. Without a named
// body ("a coordenadora, X,") it stays an occupation.
func (ix *intl) namedOccupation(toks []token, k int) bool {
	lx := ix.lx
	w, _ := ix.core(toks[k].lower)
	if !lx.occupations[w] || toks[k].cap || k+2 >= len(toks) || !toks[k+1].word() || !lx.rolePreps[toks[k+1].lower] {
		return false
	}
	n := k + 2
	if toks[n].word() && lx.determiners[toks[n].lower] && !toks[n].cap {
		n++
	}
	n = ix.bodyKindWords(toks, n) // "de la plataforma ciudadana X" (intl_bodykind12.go)
	return n < len(toks) && toks[n].word() && toks[n].cap && !ix.abbreviation(toks[n])
}
