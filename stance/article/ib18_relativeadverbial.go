package article

// An act in a subject relative clause whose verb comes after an
// adverbial, in Spanish or Portuguese: "X, que ya en la madrugada del
// lunes, como vocero de la alianza, rechazó el boletín, …", "X, que na
// noite de domingo felicitou o vencedor, …". relativeSubject reads the
// words between the pronoun and the verb as preverbs only, and took any
// other word for a subject of the clause ("que Maduro felicitó"). An
// adverbial opens with a preposition, "como" or a preverb ("ya", "já")
// after the pronoun, and holds lower-case words, numbers and commas, a
// determiner only after a preposition, and no verb the rules know; a
// clause with a subject ("que el tribunal rechazó", "que en la noche el
// tribunal rechazó") is left alone.

// maxRelativeAdverbial bounds the words between the pronoun and the verb.
const maxRelativeAdverbial = 16

// relativePastAdverbial returns the index of the subject relative
// pronoun, after a comma, whose clause reaches the verb toks[v] past an
// adverbial (see above), or 0.
func (ix *intl) relativePastAdverbial(toks []token, v int) int {
	if !iberoLangs17[ix.lx.code] {
		return 0
	}
	for r := v - 1; r > 1 && r >= v-maxRelativeAdverbial; r-- {
		t := toks[r]
		if t.word() && ix.lx.subjectRelatives[t.lower] {
			if !toks[r-1].is(",") || r+1 >= v || !ix.adverbialOpener(toks[r+1]) {
				return 0
			}
			return r
		}
		if t.is(",") {
			continue
		}
		if !t.word() || t.cap && !ix.preposition(toks[r-1]) || ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.verbLike(t.lower) {
			return 0
		}
		if ix.lx.determiners[t.lower] && !ix.preposition(toks[r-1]) {
			return 0 // "que … el tribunal rechazó": a determiner after no preposition opens a subject
		}
	}
	return 0
}

// adverbialOpener reports whether t, right after the relative pronoun,
// opens an adverbial: a preposition or a preverb ("ya", "já") that is no
// negation.
func (ix *intl) adverbialOpener(t token) bool {
	return ix.preposition(t) || t.word() && !t.cap && ix.lx.preverbs[t.lower] && !ix.lx.negators[t.lower] && !ix.lx.determiners[t.lower]
}

// preposition reports whether t is a lower-case preposition: a stop or a
// preposition of offices ("de", "del") that is no determiner, conjunction
// or complementizer.
func (ix *intl) preposition(t token) bool {
	lx := ix.lx
	return t.word() && !t.cap && (lx.stops[t.lower] || lx.rolePreps[t.lower]) && !lx.determiners[t.lower] && !lx.conjunctions[t.lower] && !lx.complementizers[t.lower]
}
