package article

// A quotation after a colon that ends a relative clause describing the
// one person the sentence names: "Más duro fue el senador X, que en la
// radio se burló del resultado: «…»", "Plus sévère fut le député X, qui
// a ironisé sur le résultat : « … »", "Schärfer war der Abgeordnete X,
// der im Radio über das Ergebnis spottete: „…“". The relative's subject is
// the person before its comma, and the colon introduces what that
// person said. The verb of such a clause is seldom a speech verb, and the
// person often stands after a copula or a verb of the opener, so
// colonSubject (a name followed by its verb) did not read it: the quote
// had no speaker, or, in German, a noun of the clause ("Ergebnis") as
// its speaker. Only when that person is the sole person the clause
// names: "X recordó a su rival Y, que …: «…»" is left alone.

// rec30mlColonRelative returns the person named right before a comma and
// a subject relative whose clause runs, without another comma, to the
// colon toks[end]; the person is the only one named in toks[start:end].
func (ix *intl) rec30mlColonRelative(toks []token, start, end int) phrase {
	c := end - 1
	for c > start && !toks[c].is(",") {
		if toks[c].kind == tQuote {
			return phrase{}
		}
		c--
	}
	if c <= start || c+2 >= end || !toks[c+1].word() || !ix.lx.subjectRelatives[toks[c+1].lower] || ix.rev30mlClauseOwnSubject(toks, c+1, end) {
		return phrase{}
	}
	p := ix.backward(toks, c-1)
	if !ix.isPerson(p) || p.hi != c || ix.notSubject(toks, p) {
		return phrase{}
	}
	for i := start; i < p.lo; i++ {
		if q := ix.apposed(toks, i); ix.isPerson(q) && q.hi <= p.lo {
			return phrase{} // another person before it
		}
	}
	return p
}

// rec30mlRelativeSubject returns the person before the comma that opens
// the relative clause whose verb is the speech verb toks[v] ("…, le
// député X, qui a ironisé sur le résultat : « … »", "…, der
// Abgeordnete X, der im Radio über das Ergebnis spottete: „…“"): the
// relative word stands for it. subjectBefore took a noun of the clause
// ("Ergebnis") or nothing.
func (ix *intl) rec30mlRelativeSubject(toks []token, v int) phrase {
	c := v - 1
	for c > 0 && !toks[c].is(",") {
		if toks[c].kind == tQuote || toks[c].isTerm() {
			return phrase{}
		}
		c--
	}
	if c <= 0 || c+1 >= v || !toks[c+1].word() || !ix.lx.subjectRelatives[toks[c+1].lower] {
		return phrase{}
	}
	if p := ix.backward(toks, c-1); ix.isPerson(p) && p.hi == c && !ix.notSubject(toks, p) && !(ix.lx.code == "fr" && ix.rom20Complement(toks, p)) {
		return ix.rev20NameOnly(toks, p) // not "Le parti de X, qui …"; "chez X" gives no office (rom20_relative.go)
	}
	return phrase{}
}
