package article

// causeAnd reports whether the "and" at toks[j] joins two causes inside a
// body's name of orgFor ("the Council for Peace and Justice", "the
// Institute for Democracy and Electoral Assistance"): capitalised words
// before it run back to such a "for", and the capitalised words after it
// end on a cause (causeNouns, causeTailNouns). Two bodies or a body and a
// person joined by "and" ("the Movement for Democratic Change and Ivo
// Kask") stay two.
func causeAnd(toks []token, j int) bool {
	if !toks[j].is("and") || j < 3 || j+1 >= len(toks) || !toks[j-1].cap || !toks[j+1].cap {
		return false
	}
	f := j - 1
	for f > 0 && j-f <= 4 && toks[f].word() && toks[f].cap {
		f--
	}
	if !toks[f].is("for") || !orgFor(toks, f) {
		return false
	}
	last := ""
	for k := j + 1; k < len(toks) && k <= j+4 && toks[k].word() && toks[k].cap; k++ {
		last = toks[k].lower
	}
	return causeNouns[last] || causeTailNouns[last]
}
