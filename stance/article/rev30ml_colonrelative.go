package article

// Where the quotation after a relative clause's colon is not the
// antecedent's (rec30mlColonRelative, rec30ml_colonrelative.go). The clause
// may name another person whose words the colon brings in ("Habló el
// senador X, que recordó las palabras del ministro Y: «…»", "o senador X,
// que leu a carta do ministro Y: «…»"): the quotation is Y's, or at least
// not surely X's. Or the relative is the clause's object, with a subject
// of its own after it ("la alcaldesa X, que la multitud recibió con
// abucheos: «¡Fraude!»", "die Abgeordnete X, die Oppositionsführer Y
// angriff: „…“"): the crowd or Y speaks. Spanish, Portuguese and German
// mark such a subject with an article or a name right after the relative
// word; French "qui" is always the subject, so only a named person counts
// there.

// rev30mlClauseOwnSubject reports whether the relative clause that opens
// with the relative word toks[r] and runs to toks[end] names a person of
// its own, or (outside French) opens with a definite article that is not a
// clitic before its verb.
func (ix *intl) rev30mlClauseOwnSubject(toks []token, r, end int) bool {
	for i := r + 1; i < end; i++ {
		if ix.isPerson(ix.apposed(toks, i)) {
			return true // "…, que recordó las palabras del ministro Y:"
		}
	}
	if ix.lx.code == "fr" || r+2 >= end || !toks[r+1].word() || !toks[r+2].word() {
		return false
	}
	return ix.lx.definite[toks[r+1].lower] && !ix.verbLike(toks[r+2].lower) // "que la multitud recibió", not "que la felicitó"
}
