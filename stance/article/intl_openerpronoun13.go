package article

// A subject pronoun later in a sentence that opens with a person named
// in full: "José Rizo, del PLC, tercero en el recuento, se tomó dos días
// más: según dejó constancia el Centro Carter, el jueves también él dio
// por perdida la contienda". The pronoun went to the last speaker
// resolved (lastSingular), the person of an earlier sentence, because
// the opener had no verb yet to make them one. In Spanish and Portuguese
// a pronoun subject (a pronoun is there for emphasis, as the subject is
// dropped otherwise) stands for the sentence's opener.

// openerPronoun returns the person who opens the current sentence, for
// the pronoun phrase p later in it, or nil.
func (ix *intl) openerPronoun(p phrase) *speaker {
	if p.kind != pPronoun || ix.lx.code != "es" && ix.lx.code != "pt" {
		return nil
	}
	if ix.lastNamed == nil || ix.lastNamedSent != ix.x.sentNo || ix.lastNamedLo != 0 || p.lo == 0 {
		return nil
	}
	return ix.lastNamed.canon()
}
