package article

// A capital or a body of one word is as often a subject as a person
// named in full, and round-ups set it apart from its verb with the
// speaker's own part between commas: "Paris, de son côté, a salué …",
// "Brasília, por sua vez, saudou …". asideBefore takes one word before
// an aside only when the aside describes it (ml31_describedactor.go),
// because "Lima, capital del país, …" may open a dateline; an aside that
// is nothing but an own-part phrase of the language (ownPart: "de son
// côté", "pour sa part", "por su parte") can only follow a subject.

//
// A group of politics (ml32_group.go) is a subject before such an aside
// too, and before a connective of contrast or a stressed pronoun between
// commas ("La oposición, en cambio, rechazó …", "L'opposition, elle, a
// dénoncé …"; rom32Asides), and after a sentence-opening adverb of
// contrast ("Já a oposição rejeitou …"; rom32ContrastOpeners).

// rom32OwnPartAside reports whether the aside between the commas toks[c]
// and toks[k] is an own-part phrase, a connective of contrast or a
// stressed pronoun, and nothing else.
func (ix *intl) rom32OwnPartAside(toks []token, c, k int) bool {
	if c+1 >= k {
		return false
	}
	n := k - c - 1
	return matchPhrase(toks, c+1, ix.side().ownPart) == n || matchPhrase(toks, c+1, iberoConnectives17[ix.lx.code]) == n || matchPhrase(toks, c+1, rom32Asides[ix.lx.code]) == n
}

// rom32ContrastOpener reports whether toks[start-1] is an adverb of
// contrast that opens the sentence ("Já …").
func rom32ContrastOpener(toks []token, start int) bool {
	return start == 1 && toks[0].word() && rom32ContrastOpeners[toks[0].lower]
}
