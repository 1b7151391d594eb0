package article

// A body's full name in an office's chain of complements, before the
// person named in apposition: "El jefe de la misión de observación de la
// Conferencia Permanente de Partidos Políticos de América Latina y el
// Caribe (COPPAL), X, calificó …", "O representante do Ministério da
// Ciência e Tecnologia, X, disse …". Such names hold a conjunction
// between capitalised words and run past the sixteen tokens a long title
// may have; genitiveTitle (intl_acronym12.go) refused both, and the verb
// had no subject. A conjunction with a capitalised word on each side
// (past an article) is part of the name, and a chain of complements that
// names a body may have up to longGenitiveMax tokens; a title of other
// shapes keeps the shorter limit.

// longGenitiveMax is how many tokens a title that is a chain of
// complements naming a body may have.
const longGenitiveMax = 26

// nameConjunction reports whether the conjunction toks[k] joins two
// capitalised words of a name ("América Latina y el Caribe", "Ciência e
// Tecnologia").
func (ix *intl) nameConjunction(toks []token, k int) bool {
	if k < 1 || k+1 >= len(toks) || !toks[k].word() || !ix.lx.conjunctions[toks[k].lower] || !toks[k-1].word() || !toks[k-1].cap {
		return false
	}
	n := k + 1
	if toks[n].word() && ix.lx.definite[toks[n].lower] && n+1 < len(toks) {
		n++
	}
	return toks[n].word() && toks[n].cap && !ix.lx.isRole(toks[n].lower)
}
