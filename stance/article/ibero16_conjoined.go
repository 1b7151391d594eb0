package article

// objectBeforeConjunction reports whether toks[k], right before a verb,
// is a conjunction after a person: "aceitou que a contagem dá a vitória
// a X e lembrou que …", "felicitou X e disse …". The person ends the first
// verb's clause as its object; the verb after the conjunction has that
// verb's subject, never the person (reportedSubject's look past a
// complement, which took "e" for a preposition).
func (ix *intl) objectBeforeConjunction(toks []token, k int) bool {
	return toks[k].word() && ix.lx.conjunctions[toks[k].lower] && ix.isPerson(ix.subjectEnding(toks, k-1))
}
