package article

// A name that is the object of the verb before it is no subject of the
// verb after it. A sentence that drops its subject ("Segundo uma nota
// da Presidência, felicitou José Neves pela vitória e desejou-lhe
// êxitos", "Felicitó a Rui Lobo por la victoria y le deseó éxitos")
// names the person congratulated right after the verb; reportedSubject,
// looking back from the second verb past the complement "pela
// vitória", took that name (with the verb before it, or its surname
// alone, "Lobo" in "a Rui Lobo") as the subject, and the congratulated
// person became the speaker. In Spanish and Portuguese a subject stands
// at its clause's start: after a punctuation mark, a conjunction, a
// complementizer, an adverb or a determiner, never right after a
// lower-case word of another kind (a verb, a preposition) or after a
// verb that opens the sentence.

// objectName reports whether the name in p (from its first capitalised
// word, with the capitalised words right before it that are part of the
// same name) follows a word that makes it an object or a complement.
func (ix *intl) objectName(toks []token, p phrase) bool {
	if !iberoTitleLangs[ix.lx.code] {
		return false
	}
	lo := p.lo
	for lo < p.hi && !toks[lo].cap {
		lo++
	}
	i := lo - 1
	for i >= 0 && toks[i].word() && (toks[i].cap || intlNameParticles[toks[i].lower] && i > 0 && toks[i-1].cap) {
		i--
	}
	lx := ix.lx
	if i+1 == 0 && i+1 < lo {
		w := toks[0].lower
		return lx.actionVerbs[w] || lx.speechVerbs[w] // "Felicitó a …", "Felicitou Rui Lobo": a verb opens the sentence
	}
	if i < 0 || !toks[i].word() {
		return false
	}
	w := toks[i].lower
	return !lx.conjunctions[w] && !lx.complementizers[w] && !lx.notNames[w] && !lx.preverbs[w] && !lx.determiners[w]
}
