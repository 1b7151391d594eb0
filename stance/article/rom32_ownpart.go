package article

// A capital or a body of one word is as often a subject as a person
// named in full, and round-ups set it apart from its verb with the
// speaker's own part between commas: "Paris, de son côté, a salué …",
// "Brasília, por sua vez, saudou …". asideBefore takes one word before
// an aside only when the aside describes it (ml31_describedactor.go),
// because "Lima, capital del país, …" may open a dateline; an aside that
// is nothing but an own-part phrase of the language (ownPart: "de son
// côté", "pour sa part", "por su parte") can only follow a subject.

// rom32OwnPartAside reports whether the aside between the commas toks[c]
// and toks[k] is an own-part phrase and nothing else.
func (ix *intl) rom32OwnPartAside(toks []token, c, k int) bool {
	return c+1 < k && matchPhrase(toks, c+1, ix.side().ownPart) == k-c-1
}
