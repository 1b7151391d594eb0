package article

// Where the quotation after a relative clause's colon is not surely the
// antecedent's (rec30mlColonRelative, rec30ml_colonrelative.go): the clause
// names another person, whose words the colon may bring in ("Habló el
// senador X, que recordó las palabras del ministro Y: «…»", "o senador X,
// que leu a carta do ministro Y: «…»", "die Abgeordnete X, die
// Oppositionsführer Y angriff: „…“"). An article after the relative word
// is no such sign: it opens a time ("que la semana pasada advirtió"), an
// object ("die die Wahl als Farce bezeichnete") or the relative's own
// subject ("que o jornal ouviu"), and the quotation is the antecedent's in
// the first two and often in the third.

// rev30mlClauseOwnSubject reports whether the relative clause that opens
// with the relative word toks[r] and runs to toks[end] names a person of
// its own.
func (ix *intl) rev30mlClauseOwnSubject(toks []token, r, end int) bool {
	for i := r + 1; i < end; i++ {
		if ix.isPerson(ix.apposed(toks, i)) {
			return true // "…, que recordó las palabras del ministro Y:"
		}
	}
	return false
}
