package article

// clauseOpening reports whether toks[i] opens the sentence or the clause
// after a semicolon: "Pour X, …" and "Selon X, …" attribute the clause
// after their comma there ("X a sommé l'opposant de … ; pour le
// ministre, la Cour a tranché"), as at the start of a sentence. Before,
// an attribution after a semicolon was read only when it ended the
// clause ("…, selon X.").
func (ix *intl) clauseOpening(toks []token, i int) bool {
	return i == 0 || toks[i-1].is(";")
}

// heldOffice reports whether p is an office with a definite article that
// the person named in full in the same or the previous sentence holds
// ("Le ministre de …, X, a sommé … ; pour le ministre, …"): "Pour le
// ministre, …" then attributes as "Pour X, …" does, where an office alone
// ("Pour le gouvernement, …") does not.
func (ix *intl) heldOffice(p phrase) bool {
	return ix.recentHolder(p) != nil
}

// readBeforeSemicolon reads on its own the clause before the semicolon
// (or colon) that opens the attribution p ("Ivo Kask a félicité le
// vainqueur ; pour Lena Dal, la victoire est nette", "Ivo Kask a refusé
// les chiffres : pour lui, …"): reported skips every word before an
// attribution's text, so the act before the semicolon was lost. The
// sentence's maps are made anew for the rest.
func (ix *intl) readBeforeSemicolon(toks []token, p reportedPart, headline bool) reportedPart {
	if p.lo < 2 || !toks[p.lo-1].is(";") && !toks[p.lo-1].is(":") { // "X a refusé les chiffres : pour lui, …" (fgr16_colonview.go)
		return p
	}
	ix.reported(toks[:p.lo-1], headline)
	ix.inClause = make(map[int]*speaker)
	ix.absorbed = make(map[int]bool)
	return ix.viewAfterColon(toks, p)
}
