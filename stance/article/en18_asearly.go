package article

// asTimeAs reports whether toks[i] opens "as late as", "as early as",
// "as recently as" or "as long ago as" (asTimeWords) before a time: an
// adverbial of time, which may stand after ", and" before the subject of
// a new clause ("…, and as late as last week he was insisting that …")
// as "on Monday" does (skipClauseAdverbial).
func asTimeAs(toks []token, i int) bool {
	if i+3 >= len(toks) || !toks[i].is("as") || !toks[i+1].word() || !asTimeWords[toks[i+1].lower] {
		return false
	}
	j := i + 2
	if toks[i+1].is("long") && toks[j].is("ago") {
		j++
	}
	return toks[j].is("as")
}
