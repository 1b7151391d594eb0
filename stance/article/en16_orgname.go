package article

// orgOf reports whether the "of" at toks[j] joins the head of a body's
// name to the proper name after it ("Organization of American States",
// "Conference of the Philippines"): a capitalised orgHeadWords word before
// it and a capitalised word after it (or after "the"). The phrase runs on
// through it, and it is no origin to trim off ("Ivo Kask of Tarn said",
// where a person comes before the "of", still is one).
func orgOf(toks []token, j int) bool {
	if j >= 0 && j < len(toks) && toks[j].is("for") {
		return orgFor(toks, j) // en19_orgfor.go: "the Movement for Democratic Change"
	}
	if j < 1 || j+1 >= len(toks) || !toks[j].is("of") {
		return false
	}
	h := toks[j-1]
	if !h.word() || !h.cap || !orgHeadWords[h.lower] {
		return false
	}
	n := toks[j+1]
	if n.is("the") && j+2 < len(toks) {
		n = toks[j+2]
	}
	return n.word() && n.cap && !determiners[n.lower] && !notNames[n.lower]
}

// orgNameLink reports whether toks[j] (after lo) links the words of a
// body's name that nameStart reads back over: the "of" of orgOf, the
// "the" after it, or a capitalised plural possessive before an
// orgHeadWords word ("the Catholic Bishops' Conference", "the Teachers'
// Union": the possessive is part of the name, not an owner the way
// "Tarn's Ivo Kask" is).
func orgNameLink(toks []token, lo, j int) bool {
	t := toks[j]
	switch {
	case j < lo || !t.word():
		return false
	case j > lo && orgOf(toks, j):
		return true
	case j > lo && causeAnd(toks, j):
		return true // rev19en_organd.go: "the Council for Peace and Justice"
	case t.is("the"):
		return j-1 > lo && orgOf(toks, j-1)
	}
	return t.cap && j+1 < len(toks) && toks[j+1].word() && toks[j+1].cap && orgHeadWords[toks[j+1].lower] &&
		len(t.lower) > 2 && t.lower[len(t.lower)-2:] == "s'"
}

// orgRunFits reports whether the body's name that the link toks[j]
// continues ends within maxPhrase tokens of k, where the phrase starts:
// forwardRun stops at maxPhrase, and a name cut there ("the current
// chair of the Economic Community of West") is worse than the office
// alone.
func orgRunFits(toks []token, k, j int) bool {
	e := j + 1
	if e < len(toks) && toks[e].is("the") {
		e++
	}
	for e < len(toks) && toks[e].word() && toks[e].cap {
		e++
	}
	return e-k <= maxPhrase
}
