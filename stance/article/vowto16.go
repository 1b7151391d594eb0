package article

// vowTo reports whether toks[i] vows, pledges, promises, threatens or
// decides to do something: the verb, "to" and a bare verb ("vowed to
// challenge the result in court", "pledged to work with Reed",
// "threatened to reject the result"). What is vowed is an act toward the
// result, told with its verb, as "refused to recognise" is (contentVerbs);
// before, "vowed" read "to challenge" as an adverbial and reported "the
// result in court" as the clause, and "promised"/"threatened" gave
// nothing.
func vowTo(toks []token, i int) bool {
	if i+2 >= len(toks) || !toks[i].word() || !vowVerbs[toks[i].lower] || !toks[i+1].is("to") {
		return false
	}
	n := toks[i+2]
	return n.word() && !n.cap && !determiners[n.lower] && !notNames[n.lower]
}
