package article

// maxLocative is the most capitalised words a place after a name may
// have ("in New Delhi", "at the European Commission").
const maxLocative = 4

// skipLocative steps over the seat a person speaks from, after a name
// ending before toks[j]: "in Madrid", "at the Commission", "from
// Brussels" (a preposition of locativePreps, "the" and one to
// maxLocative capitalised words that are no time words: "in May" is
// when, not where). A roundup names leaders by their capitals ("A in
// Madrid, B in Rome and C in Ottawa all sent congratulations", ", and D
// at the Commission said …"), and the place hid the list and the clause's
// subject. It returns j when there is none.
func skipLocative(toks []token, j int) int {
	if j+1 >= len(toks) || !toks[j].word() || !locativePreps[toks[j].lower] {
		return j
	}
	k := j + 1
	if toks[k].is("the") {
		k++
	}
	e := k
	for e < len(toks) && e < k+maxLocative && toks[e].word() && toks[e].cap && !timeWords[toks[e].lower] && !notNames[toks[e].lower] {
		e++
	}
	if e == k || e < len(toks) && toks[e].word() && toks[e].cap {
		return j
	}
	return e
}

// locativeBefore steps back over a seat ending at toks[j] (the last word
// of "in Madrid"): it returns the index of the last word of the name
// before the preposition when skipLocative reads the seat forward from it
// and a capitalised word stands before it; otherwise j.
func locativeBefore(toks []token, j int) int {
	for k := j; k >= 1 && k >= j-maxLocative-1; k-- {
		if !toks[k].word() || !locativePreps[toks[k].lower] {
			continue
		}
		if skipLocative(toks, k) == j+1 && toks[k-1].word() && toks[k-1].cap && !ofListHead(toks, k) { // en32_plural.go: not "Observers from A and B"
			return k - 1
		}
		break
	}
	return j
}
