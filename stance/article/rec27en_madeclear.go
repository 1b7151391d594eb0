package article

// "Made clear that …" reports speech as "said that …" does: "Defence
// Minister Ivo Kask made plain that the army stood behind the certified
// result", "The envoy made it abundantly clear that Velor would not
// recognise the count". "made" alone is no speech verb, so the subject's
// words were lost. The phrase is a form of "make", an optional "it", at
// most one degree adverb (rec27ClearDegrees or any -ly adverb: "quite",
// "abundantly"), then "clear" or "plain", and its clause must follow: a
// "that", or a clause whose "that" was left out ("made clear the vote
// would stand"; elidedClause). "made clear her support for the
// transition" (a noun object) and "made the rules clear" are none.

// rec27MadeClearEnd returns the index of the first token after "clear"
// or "plain" when toks[v] opens "made (it) clear" followed by its clause
// (see above), or -1.
func rec27MadeClearEnd(toks []token, v int) int {
	if v+2 >= len(toks) || !toks[v].word() || !rec27MakeForms[toks[v].lower] {
		return -1
	}
	j := v + 1
	if toks[j].is("it") {
		j++
	}
	if j < len(toks) && toks[j].word() && (rec27ClearDegrees[toks[j].lower] || lyAdverb(toks[j])) {
		j++
	}
	if j+1 >= len(toks) || !toks[j].word() || !rec27ClearWords[toks[j].lower] {
		return -1
	}
	j++
	if toks[j].is("that") || elidedClause(toks, j) && !possessivePronouns[toks[j].lower] {
		return j
	}
	return -1
}

// rec27MadeClear reports whether toks[v] opens "made (it) clear" with a
// clause after it: a speech verb for verbRemarks.
func rec27MadeClear(toks []token, v int) bool {
	return rec27MadeClearEnd(toks, v) >= 0
}
