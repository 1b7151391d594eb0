package article

// This file holds the review of the fifteenth session's English acts.

// selfDescribed reports whether the naming verb toks[i] has a reflexive
// and an indefinite description after it ("who describes herself as a
// centrist", "brands himself a reformer"): a profile's introduction of
// the person, no act of stance. A definite description ("described
// himself as the rightful winner") is a claim and stays an act.
func selfDescribed(toks []token, i int) bool {
	if !selfNamingVerbs[toks[i].lower] || i+2 >= len(toks) || !toks[i+1].word() || !reflexives[toks[i+1].lower] {
		return false
	}
	k := i + 2
	if toks[k].is("as") && k+1 < len(toks) {
		k++
	}
	return toks[k].is("a") || toks[k].is("an")
}
