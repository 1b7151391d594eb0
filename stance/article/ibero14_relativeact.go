package article

// An act in a relative clause on the subject, before the main verb's own
// act or speech: "Gustavo X, que no felicitó a Y, publicó una serie de
// mensajes …", "Rui Lobo, que felicitou o vencedor na noite eleitoral,
// anunciou que …". Both parts start at the subject, so the relative
// act's text, which runs to the next part's start, was empty and the act
// was lost; alone ("X, que no felicitó a Y, viajó a Z") it was kept. The
// relative clause's act ends where its clause ends (its fixed end),
// whatever part follows.

// relativeBeforeMain reports whether p is the act of a relative clause
// on the subject that the part next, of the main clause, opens before.
func (ix *intl) relativeBeforeMain(p, next reportedPart) bool {
	return p.relative && p.fixed > p.cs && next.lo <= p.cs
}
