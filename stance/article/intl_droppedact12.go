package article

// An act with a dropped subject, in Spanish and Portuguese. A reporter
// who has named a person lets the next sentence open with the verb alone
// ("X anunció que …. Exigió una auditoría …", "X fue más lejos:
// calificó el proceso de …", "Em conferência de imprensa, acusou o
// Governo de …"), as droppedSubject reads for a verb of speech: the
// subject is the person named first in the sentence, or in the previous
// one. Only a verb that opens its sentence, that follows a colon after
// the person's name, or that follows an opening adverbial is read so,
// never one after a conjunction, a noun or a name, where the verb has a
// subject of its own or is a subordinate clause's.

// droppedAct returns the act of the stance verb toks[v] with no subject
// of its own (see droppedSubject), or false.
func (ix *intl) droppedAct(toks []token, v int) (reportedPart, bool) {
	if !droppedActLangs[ix.lx.code] || !ix.lx.prodrop {
		return reportedPart{}, false
	}
	spk, sent, lo := ix.lastNamed, ix.lastNamedSent, ix.lastNamedLo
	if sent == ix.x.sentNo && ix.lastNamedLo >= v { // ">=": a phrase the parser opened at the verb ("felicitou Rui Lobo") is its object too
		spk, sent, lo = ix.earlierNamed, ix.earlierNamedSent, ix.earlierNamedLo // named after the verb: its object, not its subject
	}
	// named in the previous sentence, the person opened it (within its
	// first two tokens, perhaps after a determiner or an office) or made
	// its last remark: "Chakwera, líder do …, não aceita. Em conferência
	// de imprensa, acusou …", "X anunció que …. Exigió …"; not one that
	// sentence named after its verb, as its object ("La oposición acusó a
	// X de …. Exigió …", "A comissão convocou X para depor. …, acusou …")
	if spk == nil || ix.x.sentNo-sent > 1 || sent < ix.x.sentNo && lo > 1 && !ix.lastSpoke(spk) && !ix.openedAfterAdverbial(lo) { // ibero14_droppedopening.go
		return reportedPart{}, false
	}
	if hasAnySuffix(ix.verbWord(toks, v), pluralVerbEnds[ix.lx.code]...) {
		return reportedPart{}, false // "Também enviaram cumprimentos A, B e C": a plural subject follows
	}
	b := v - 1
	for b >= 0 && toks[b].word() && (ix.lx.preverbs[toks[b].lower] || ix.lx.auxiliaries[toks[b].lower] || ix.lx.clitics[toks[b].lower]) {
		b--
	}
	b = ix.colonAdverbial(toks, b) // ": durante a noite acusou …" (ibero16_colonadverbial.go)
	switch {
	case b < 0:
	case toks[b].is(":") && sent == ix.x.sentNo && ix.lastNamedLo < b:
	case toks[b].is(",") && (ix.openingAdverbial(toks, b) || ix.documentOpening(toks, b) || ix.adverbOpening(toks, b)):
	default:
		return reportedPart{}, false
	}
	return reportedPart{spk: spk.canon(), kind: Action, cs: b + 1, lo: max(b, 0)}, true
}

// lastSpoke reports whether the last remark read is the person spk's.
func (ix *intl) lastSpoke(spk *speaker) bool {
	n := len(ix.x.remarks)
	return n > 0 && ix.x.remarks[n-1].spk != nil && ix.x.remarks[n-1].spk.canon() == spk.canon()
}

// actorOr returns the person who made the first remark the sentence
// added (the remarks from index from on), or person, the first person it
// named: after "Acusó al Gobierno … y pidió al Tribunal Constitucional …"
// a later "«…», afirmó" is the accuser's, not the court's, though the
// court was named first.
func (ix *intl) actorOr(from int, person *speaker) *speaker {
	if !droppedActLangs[ix.lx.code] {
		return person
	}
	for _, r := range ix.x.remarks[from:] {
		if r.spk != nil && r.spk.canon().kind == pName {
			return r.spk.canon()
		}
	}
	return person
}
