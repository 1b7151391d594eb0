package article

// Two people, each with a description after the name, coordinated as
// the subject: "Cabral X, troisième avec 6 %, et Joshua Y, candidat du
// SDF, ont dénoncé …", "Lena X, Chefin der Grünen, und Olaf Y,
// Fraktionschef der Linken, kritisierten …". The appositions break the
// plain list of names (coordinated) and the list of appositions after
// offices (appositionList), which puts the office before the name; here
// the name comes first, the first one opening the sentence or a clause.
// Both are subjects of the verb after the second description.

// nameAppositionSpan is how many tokens a description may have.
const nameAppositionSpan = 10

// nameAppositionList returns the two people of "A, …, et B, …," ending
// with the comma toks[b] before a verb, in the order of the text, or nil.
func (ix *intl) nameAppositionList(toks []token, b int) []phrase {
	if !nameListLangs[ix.lx.code] || b < 0 || !toks[b].is(",") {
		return nil
	}
	c1 := ix.descriptionStart(toks, b)
	second := ix.subjectEnding(toks, c1-1)
	if c1 < 0 || second.kind != pName || second.hi != c1 || !ix.isPerson(second) || second.lo < 2 {
		return nil
	}
	conj := toks[second.lo-1]
	if !conj.word() || !ix.lx.conjunctions[conj.lower] || !toks[second.lo-2].is(",") {
		return nil
	}
	c3 := ix.descriptionStart(toks, second.lo-2)
	first := ix.subjectEnding(toks, c3-1)
	if c3 < 0 || first.kind != pName || first.hi != c3 || !ix.isPerson(first) {
		return nil
	}
	if first.lo > 0 && !(toks[first.lo-1].is(":") || toks[first.lo-1].is(";") || isDash(toks[first.lo-1])) {
		return nil
	}
	return []phrase{first, second}
}

// descriptionStart returns the comma that opens the description ending
// with the comma toks[e], or -1: within nameAppositionSpan tokens, with no
// quotation or sentence end between.
func (ix *intl) descriptionStart(toks []token, e int) int {
	for k := e - 1; k >= 0 && e-k <= nameAppositionSpan; k-- {
		t := toks[k]
		if t.is(",") {
			if k == e-1 {
				return -1
			}
			return k
		}
		if t.isTerm() || t.kind == tQuote || t.is(";") || t.is(":") {
			return -1
		}
	}
	return -1
}
