package article

// en32OwnerOf reports whether the "of" at toks[j] joins the words of a
// body's name that owns the office or body after it, within toks[:hi]:
// "the Organization of American States' observation mission", "the
// Economic Community of West African States's envoy". interpret looks
// for the office's head past such an "of" (a possessive word follows it
// before hi); "the president of Tarn" keeps its head before the "of".
func en32OwnerOf(toks []token, j, hi int) bool {
	if !orgOf(toks, j) {
		return false
	}
	for k := j + 1; k < hi-1; k++ {
		if toks[k].word() && isPossessive(toks[k].lower) {
			return true
		}
	}
	return false
}
