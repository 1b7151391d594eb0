package article

// The subject's own speech verb before a quotation it does not introduce
// right away. sentenceSubject hands a quotation nothing else attributes to
// the person who opens the sentence, unless a speech verb between them
// speaks for someone else. A speech verb right after the subject, past
// auxiliaries and reflexives only, is the subject's own, and an aside
// after it may keep it from the quotation ("X s'était contenté, avant
// l'arrêt, d'« appeler au calme »", "X a parlé, lundi, d'une
// « mascarade »"): the quotation is still the subject's.

// ownSpeechVerb reports whether the speech verb toks[v] follows the
// subject that ends before toks[h] with nothing but preverbs (auxiliaries,
// negations, reflexives) between them.
func (ix *intl) ownSpeechVerb(toks []token, h, v int) bool {
	for i := h; i < v; i++ {
		if !toks[i].word() || !ix.lx.preverbs[toks[i].lower] {
			return false
		}
	}
	return true
}
