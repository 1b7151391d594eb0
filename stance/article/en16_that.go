package article

// thatTime reports whether the "that" at toks[k] is a demonstrative
// before a time noun ("said in a radio interview that morning that …",
// "told reporters that evening the count …"): it is part of the
// adverbial after the speech verb, and the clause starts later.
func thatTime(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].word() && thatTimeNouns[toks[k+1].lower]
}
