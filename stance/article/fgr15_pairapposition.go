package article

// plainThenApposition returns the two people of "A et B, …," ending with
// the comma toks[b] before a verb, the second alone with a description
// ("Ivo Kask et Lena Dal, candidate du SDF, ont félicité …", "A und B,
// Chefin der Grünen, kritisierten …"), in the order of the text, or nil.
// nameAppositionList reads the pair when both have one; with the first
// bare, the description hid the coordination and the sentence had no
// subject. The first must open the sentence or a clause.
func (ix *intl) plainThenApposition(toks []token, b int) []phrase {
	if !nameListLangs[ix.lx.code] || b < 0 || !toks[b].is(",") {
		return nil
	}
	c1 := ix.descriptionStart(toks, b)
	if c1 < 0 {
		return nil
	}
	second := ix.subjectEnding(toks, c1-1)
	if second.kind != pName || second.hi != c1 || !ix.isPerson(second) || second.lo < 2 {
		return nil
	}
	conj := toks[second.lo-1]
	if !conj.word() || !ix.lx.conjunctions[conj.lower] {
		return nil
	}
	first := ix.subjectEnding(toks, second.lo-2)
	if first.kind != pName || !ix.isPerson(first) {
		return nil
	}
	if first.lo > 0 && !(toks[first.lo-1].is(":") || toks[first.lo-1].is(";") || isDash(toks[first.lo-1])) {
		return nil
	}
	return []phrase{first, second}
}
