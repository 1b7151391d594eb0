package article

// orgFor reports whether the "for" at toks[j] joins a body's name to the
// cause it names itself for ("the Movement for Democratic Change",
// "Citizens for Social Justice", "the Party for Freedom"): a
// capitalised word before it that is no title or role ("Minister for
// Foreign Affairs" is an office), and after it (or after "the") a run
// of capitalised words that either follows a party's head word
// ("Movement", "Alliance") or ends on a causeNouns word. A place after
// it ("Kask for Tarn") is no such cause.
func orgFor(toks []token, j int) bool {
	if j < 1 || j+1 >= len(toks) || !toks[j].is("for") {
		return false
	}
	h := toks[j-1]
	if !h.word() || !h.cap || titles[h.lower] || honorifics[h.lower] || personRoles[h.lower] || determiners[h.lower] {
		return false
	}
	k := j + 1
	if toks[k].is("the") {
		k++
	}
	last := ""
	for ; k < len(toks) && toks[k].word(); k++ {
		t := toks[k]
		if !t.cap || determiners[t.lower] || notNames[t.lower] {
			break
		}
		last = t.lower
	}
	if last == "" {
		return false
	}
	return orgHeads[h.lower] || partyNouns[h.lower] || causeNouns[last]
}

// orgForHead steps nameStart's ns back over the head word of a body's
// name when the name read back stopped at the "for" of orgFor: the head
// may be a role word ("the Party for Freedom": "Party" is no name word
// alone, but heads this name).
func orgForHead(toks []token, lo, ns int) int {
	if ns-1 >= lo && ns < len(toks) && toks[ns].is("for") && orgFor(toks, ns) {
		return ns - 1
	}
	return ns
}
