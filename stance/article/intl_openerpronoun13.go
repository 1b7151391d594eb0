package article

// A subject pronoun later in a sentence that opens with a person named
// in full: "José Rizo, del PLC, tercero en el recuento, se tomó dos días
// más: según dejó constancia el Centro Carter, el jueves también él dio
// por perdida la contienda". The pronoun went to the last speaker
// resolved (lastSingular), the person of an earlier sentence, because
// the opener had no verb yet to make them one. In Spanish and Portuguese
// a pronoun subject (a pronoun is there for emphasis, as the subject is
// dropped otherwise) stands for the sentence's opener, or for the person
// named in full between them, who is nearer.

// openerPronoun returns the person who opens the current sentence, for
// the pronoun phrase p later in it, or nil.
func (ix *intl) openerPronoun(p phrase) *speaker {
	if p.kind != pPronoun || ix.lx.code != "es" && ix.lx.code != "pt" {
		return nil
	}
	if ix.lastNamed == nil || ix.lastNamedSent != ix.x.sentNo || ix.lastNamedLo != 0 || p.lo == 0 {
		return nil
	}
	if ix.laterNamedSent == ix.x.sentNo && ix.laterNamedLo < p.lo {
		// "Lena Dal se reunió con el candidato Pablo Ruiz, y luego él …":
		// another is nearer, and a pronoun said where it could be dropped
		// marks a change of subject
		return ix.laterNamed.canon()
	}
	return ix.lastNamed.canon()
}

// articledBody reports whether p, a name with no office after a
// determiner ("el Centro Carter", "a Comissão Nacional"), is more likely
// a body than a person, or is the complement of another noun ("del PLC
// de Arnoldo Alemán"): neither stands between an opener and a pronoun
// ("X, del PLC de Y, …: según dejó constancia el Centro Carter, el
// jueves también él dio por perdida la contienda").
func (ix *intl) articledBody(toks []token, p phrase) bool {
	if b := p.lo - 1; b >= 0 && toks[b].word() && (ix.lx.rolePreps[toks[b].lower] || toks[b].lower == "del") {
		return true
	}
	if p.role != "" {
		return false
	}
	for _, k := range []int{p.lo, p.lo - 1} {
		if k >= 0 && k < len(toks) && toks[k].word() && ix.lx.determiners[toks[k].lower] {
			return true
		}
	}
	return false
}
