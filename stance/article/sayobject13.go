package article

import "strings"

// elidedClause reports whether toks[j:] reads as a clause whose "that" was
// left out rather than as the speech verb's object: it does not open
// with a preposition ("with a long fight"), a finite verb comes before
// the sentence's end or a relative word (finiteWords, a word in n't, or
// in -ed not after a determiner: "the disputed ballots" is no verb) —
// "the count had been fair", "the election, held in …, had been …" —
// and no noun of claim has a "that" of its own before it ("Ivo Kask's
// claim that the vote was rigged"), nor a relative or question word after
// its first word (the object's own clause).
func elidedClause(toks []token, j int) bool {
	if j < len(toks) && objectPreps[toks[j].lower] {
		return false
	}
	for k := j; k < len(toks); k++ {
		t := toks[k]
		switch {
		case t.isTerm() || t.is(";") || t.word() && relativeWords[t.lower]:
			return false
		case t.is("that") && k > j && claimNouns[toks[k-1].lower]:
			return false
		case k > j && t.word() && (t.is("that") || questionWords[t.lower]):
			// the object's own clause: "pointed out irregularities that had
			// been reported", "answered critics, many of whom had …",
			// "answered questions about whether the vote had …"
			return false
		case !t.word():
		case finiteWords[t.lower] || strings.HasSuffix(t.lower, "n't"),
			k > j && strings.HasSuffix(t.lower, "ed") && !determiners[toks[k-1].lower]:
			return true
		}
	}
	return false
}

// rangNoCall reports whether "rang" at toks[i] is no telephone call: a
// call has a person for object — a name, an office, a pronoun — or goes
// on with "to" ("rang Lena Dal", "rang his Velor counterpart", "rang
// her", "rang to congratulate"); "rang the opening bell", "rang in the
// new year" are none.
func rangNoCall(toks []token, i int) bool {
	if !toks[i].is("rang") {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+4; k++ {
		t := toks[k]
		switch {
		case !t.word():
			return true
		case t.cap || personRoles[t.lower] || k == i+1 && callObjects[t.lower]:
			return false
		case k > i+1 && !determiners[toks[i+1].lower]:
			return true
		}
	}
	return true
}
