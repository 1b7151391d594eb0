package article

// institutionPlaceEnd returns where the name of a body ends when its
// phrase toks[lo:hi] closes on "in" and a capitalised place ("the
// Foreign Ministry in Moscow", "the State Department in Washington",
// "the Affairs Office in Beijing"): the place says where the body sits,
// it is not part of its name, and the same body named without it later
// must be the same speaker. It returns hi when the phrase does not end so
// ("the ministry in charge", "the office in the capital").
func institutionPlaceEnd(toks []token, lo, head, hi int) int {
	in := -1
	for j := head + 1; j < hi; j++ {
		if toks[j].is("in") {
			in = j
			break
		}
	}
	if in < 0 || in+1 >= hi {
		return hi
	}
	for j := in + 1; j < hi; j++ {
		if !nameWord(toks[j]) {
			return hi
		}
	}
	return in
}
