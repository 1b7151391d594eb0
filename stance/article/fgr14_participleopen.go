package article

// A French sentence may open with a present participle's clause that
// names other people before its subject: "Lisant une déclaration
// cosignée par A, B et C, l'ancien Premier ministre X, deuxième avec 20 %,
// a opposé une fin de non-recevoir aux chiffres. Selon lui, …". The
// sentence's first person (mentions) is then A, whom a pronoun in the
// next sentence wrongly went to; its subject is the person after a comma
// whom a verb follows, past an apposition between commas.

// participleOpenerSubject returns the subject of a sentence that opens
// with a French present participle (fgrFrParticipleOpeners aside), or nil.
func (ix *intl) participleOpenerSubject(toks []token) *speaker {
	if ix.lx.code != "fr" || len(toks) < 6 || !toks[0].word() || !toks[0].cap ||
		!hasAnySuffix(toks[0].lower, "ant") || fgrFrNotParticiples[toks[0].lower] {
		return nil
	}
	for c := 1; c+1 < len(toks) && !toks[c].isTerm(); c++ {
		if !toks[c].is(",") || !toks[c+1].word() {
			continue
		}
		p := ix.apposed(toks, c+1)
		if p.kind != pName || !ix.isPerson(p) || !ix.verbAfterPhrase(toks, p.hi) {
			continue
		}
		s := ix.x.named(p)
		ix.lastNamed, ix.lastNamedSent, ix.lastNamedLo = s, ix.x.sentNo, p.lo
		return s
	}
	return nil
}

// verbAfterPhrase reports whether a finite verb follows a subject ending
// at toks[h]: an auxiliary or a verb the rules know right after it, or
// after a comma within ten tokens that closes an apposition.
func (ix *intl) verbAfterPhrase(toks []token, h int) bool {
	finite := func(k int) bool {
		if k >= len(toks) || !toks[k].word() {
			return false
		}
		w := toks[k].lower
		return ix.lx.auxiliaries[w] || ix.lx.speechVerbs[w] || ix.verbLike(w) || ix.lx.reflexives[w]
	}
	if finite(h) {
		return true
	}
	if h >= len(toks) || !toks[h].is(",") {
		return false
	}
	for k := h + 1; k < len(toks) && k <= h+10 && !toks[k].isTerm(); k++ {
		if toks[k].is(",") {
			if finite(k + 1) {
				return true
			}
		}
	}
	return false
}
