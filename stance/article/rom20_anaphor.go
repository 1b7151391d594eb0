package article

// An office with a definite article opens the sentence and refers back to
// the person just named ("Jude Célestin refuse de s'incliner. Le candidat
// de la LAPEH parle d'un « hold-up électoral »", "El exministro habla de
// «fraude»", "O deputado fala de «uma fraude»"): the quotation in the
// sentence is theirs, as it is when the sentence opens with their name
// (sentenceSubject). Only a person named before takes it; an office no
// one named holds speaks for no one here.

// rom20Anaphor reports whether p, the phrase that opens the sentence at
// toks[s], is an office with a definite article (of Spanish, Portuguese or
// French) and no name.
func (ix *intl) rom20Anaphor(toks []token, p phrase, s int) bool {
	if !rom20Langs[ix.lx.code] || p.kind != pRole || !p.definite || p.lo != s || p.hi >= len(toks) {
		return false
	}
	return toks[p.lo].word() && ix.lx.determiners[toks[p.lo].lower]
}

// rom20Antecedent resolves the office p to the person named in full in
// the same or the previous sentence (recentHolder, backRef) as its
// subject (rev20NamedAsSubject), named with no office or with that one,
// or nil: not
// to an earlier holder of the office further back, since "le chef de
// l'État" who promises in his inaugural speech is the winner, not the
// president of a commission named three sentences before.
func (ix *intl) rom20Antecedent(toks []token, p phrase) *speaker {
	p = ix.aliasOffice(p)
	named, sent, lo := ix.lastNamed, ix.lastNamedSent, ix.lastNamedLo
	if ix.lastNamedSent == ix.x.sentNo && ix.lastNamedLo > p.lo {
		named, sent, lo = ix.earlierNamed, ix.earlierNamedSent, ix.earlierNamedLo // as backRef takes it
	}
	if named == nil || !ix.rev20NamedAsSubject(toks, sent, lo) {
		return nil // "Des partisans de X ont défilé. Le ministre de l'Intérieur parle d'une « … »" (rev20rom.go)
	}
	if c := named.canon(); c.role != "" && !ix.holds(c, p.head) && !ix.sameOffice(c.role, p.head) {
		return nil // "A ministra …, Rosa Gil, …. O candidato da oposição fala de «…»": another person
	}
	s := ix.recentHolder(p)
	if s == nil {
		s = ix.backRef(p)
	}
	if s == nil || s.canon().kind != pName {
		return nil
	}
	return s
}
