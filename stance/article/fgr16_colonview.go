package article

// A view by a pronoun after a colon ("X a refusé les chiffres : pour
// lui, l'armée a confisqué le vote", "… : à ses yeux, …") is the view of
// the subject of the clause before the colon. ownAccording gives it to the
// person named last when the sentence is read, which is the first person
// the sentence names ("Dès l'annonce … par la Commission électorale, X,
// … a refusé …" names the commission first); once the clause before the
// colon has been read on its own (readBeforeSemicolon), its subject is
// the person named last.

// viewAfterColon returns the attribution p read anew when it is a
// pronoun's view right after a colon, or p unchanged.
func (ix *intl) viewAfterColon(toks []token, p reportedPart) reportedPart {
	if !toks[p.lo-1].is(":") || matchPhrase(toks, p.lo, ix.lx.pronounAccording) == 0 {
		return p
	}
	if q, ok := ix.ownAccording(toks); ok && q.lo == p.lo {
		return q
	}
	return p
}
