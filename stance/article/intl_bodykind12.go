package article

// A body named after a common noun that says what kind of body it is.
// Reports introduce a civic group, a party or a firm by its kind before
// its name: "el coordinador de la plataforma ciudadana Observa Norte, X,",
// "a diretora da organização Transparência Velor, X,", "le coordinateur
// de la plateforme citoyenne Vigie, X,". The title then heads a named
// body as in "el coordinador de la Plataforma Cívica" (namedOccupation),
// and the name in apposition after it is its holder's.

// bodyKindWords returns where the body's capitalised name starts when
// toks[n] opens one or two lower-case words of its kind (a noun and
// perhaps a modifier: "plataforma ciudadana", "organização") right
// before it, or n unchanged. None of the words may be a stop, a verb the
// rules know or an office; languages that capitalise every noun are left
// out, since there the kind is capitalised too.
func (ix *intl) bodyKindWords(toks []token, n int) int {
	lx := ix.lx
	if lx.capNouns {
		return n
	}
	for k := n; k < len(toks) && k < n+2; k++ {
		t := toks[k]
		if !t.word() || t.cap || lx.stops[t.lower] || lx.determiners[t.lower] || lx.speechVerbs[t.lower] || ix.verbLike(t.lower) || lx.isRole(t.lower) || lx.occupations[t.lower] {
			return n
		}
		if k+1 < len(toks) && toks[k+1].word() && toks[k+1].cap && !ix.abbreviation(toks[k+1]) {
			return k + 1
		}
	}
	return n
}
