package article

// Round-ups list the countries and bodies that reacted as the subject of
// one verb: "China, India y Corea del Norte felicitaron …", "La France et
// l'Allemagne ont félicité …", "Китай и Индия поздравили …", "Die EU und
// die USA forderten …", and as often the leaders by surname alone
// ("Lula, Petro y Boric felicitaron …"). coordinated took only people
// (a name with an office, of several words, or met before), because a
// list of places is as often the complement of an office ("los
// presidentes de Colombia, Perú y Chile felicitaron"). A bare name — a
// one-word name, a country, a body, with no office — is taken into the
// list when the verb's own subject is bare too, the last two are joined by
// a conjunction, and the whole list opens its clause (nothing before its
// first name but a determiner, a conjunction, a clause opener or
// punctuation: coordinationOpens); otherwise the bare names and those
// before them are left out, as before.

// ml32BareConjunct reports whether q, a name without an office before
// the n names already listed before the subject p, joins the list by
// the separator sep.
func (ix *intl) ml32BareConjunct(toks []token, p, q phrase, sep token, n int) bool {
	if q.kind != pName || q.role != "" || p.kind != pName || p.role != "" {
		return false
	}
	return n > 0 || sep.word() && ix.lx.conjunctions[sep.lower]
}

// ml32OpensClause returns out (the names coordinated before a subject,
// the nearest first) without the bare names from bare on when the
// earliest name does not open its clause; bare < 0 means none was taken.
func (ix *intl) ml32OpensClause(toks []token, out []phrase, bare int) []phrase {
	if bare < 0 || bare >= len(out) {
		return out
	}
	first := []phrase{out[len(out)-1]}
	if ix.coordinationOpens(toks, first) {
		return out
	}
	return out[:bare]
}
