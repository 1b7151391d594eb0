package article

// A relative clause with a plural verb after coordinated names: "entre
// los primeros mensajes figuraron los del guatemalteco A y el panameño
// B, que felicitaron al presidente electo", "A et B, qui ont félicité le
// vainqueur, …", "A e B, que felicitaram o vencedor, …". The act of a
// relative clause stayed with the last name (intl_reported.go leaves the
// names coordinated before it out, as a singular verb wants: "A y B, que
// felicitó …"); a plural verb is the act of them all.

// rec24mlPluralRelative reports whether the act p of the verb toks[v] is
// told in a relative clause whose verb, or an auxiliary between the
// relative pronoun and the verb, is plural.
func (ix *intl) rec24mlPluralRelative(toks []token, p reportedPart, v int) bool {
	if !p.relative {
		return false
	}
	for k := v; k >= 0 && k >= v-4 && toks[k].word(); k-- {
		w := toks[k].lower
		if rec24mlPluralWords[ix.lx.code][w] || hasAnySuffix(w, rec24mlPluralEndings[ix.lx.code]...) {
			return true
		}
		if ix.lx.subjectRelatives[w] {
			return false
		}
	}
	return false
}
