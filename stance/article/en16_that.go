package article

// thatTime reports whether the "that" at toks[k] is a demonstrative
// before a time noun ("said in a radio interview that morning that …",
// "told reporters that evening the count …"): it is part of the
// adverbial after the speech verb, and the clause starts later.
func thatTime(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].word() && thatTimeNouns[toks[k+1].lower]
}

// thatClause returns where the clause after the complementiser "that"
// at toks[k] starts: after a comma right after it ("said that, whoever
// won, Velor wanted …": the clause, not its comma), unless "and", "but" or
// "or" follows the comma ("said exactly that, and he added …": "that" is
// a demonstrative object there).
func thatClause(toks []token, k int) int {
	if k+2 < len(toks) && toks[k+1].is(",") && toks[k+2].word() && !toks[k+2].is("and") && !toks[k+2].is("but") && !toks[k+2].is("or") {
		return k + 2
	}
	return k + 1
}
