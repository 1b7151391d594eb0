package article

// A joined clause whose subject is counted among the people who acted
// (", and Argentina's president was among the leaders who sent
// congratulations", ", and Jo Roe was among those who called for a
// recount") has a subject of its own: the act before the comma ends
// there, and the joined clause is that subject's act.

// amongWho reports whether toks[j] opens "was among" (or is its "among",
// after the auxiliaries are skipped) + at most five words + "who" or "that" + (at most two words) a stance or sending verb.
func amongWho(toks []token, j int) bool {
	if j < len(toks) && copulas[toks[j].lower] {
		j++
	}
	if j < 1 || j+2 >= len(toks) || !copulas[toks[j-1].lower] || !toks[j].is("among") {
		return false
	}
	for k := j + 1; k < len(toks) && k <= j+6; k++ {
		if !toks[k].word() {
			return false
		}
		if toks[k].is("who") || toks[k].is("that") {
			for v := k + 1; v < len(toks) && v <= k+3 && toks[v].word(); v++ {
				if sayVerbs[toks[v].lower] || contentVerbs[toks[v].lower] || sendVerbs[toks[v].lower] {
					return true
				}
			}
			return false
		}
	}
	return false
}
