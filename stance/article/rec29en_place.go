package article

// A roundup of reactions walks from capital to capital with a place and
// no comma before a described subject: "In Velor the party leader, Jo
// Roe, said …", "…, and in Tarn the foreign minister, Ivo Kask, called
// the result …". The description, with the place's name before it, was
// taken for an object: the sentence-opening subject was not found, and
// after ", and" the second clause was read as part of the first
// speaker's act, so the named speaker was lost. "In Tarn Ivo Kask said"
// (a name right after the place) is frontedPhraseEnd's to read, and
// "talks in Tarn the day after" has a noun before the place.

// rec29enPlaceEnd returns the index after a place that toks[i] opens (a
// locative preposition and one to maxLocative capitalised words,
// skipLocative) when a lower-case determiner or possessive follows it
// (rec29enDescribers); otherwise i.
func rec29enPlaceEnd(toks []token, i int) int {
	e := skipLocative(toks, i)
	if e == i || e >= len(toks) || !toks[e].word() || !rec29enDescribers[toks[e].lower] || toks[e].cap {
		return i
	}
	return e
}

// rec29enPlaceOpened reports whether such a place opens the clause right
// before the subject at toks[lo]: at the sentence's start, after a
// connective ("And in Tarn …") or after a clause opener (", and in Tarn
// …", clauseOpener).
func rec29enPlaceOpened(toks []token, lo int) bool {
	for j := lo - 2; j >= 0 && j >= lo-maxLocative-2; j-- {
		if !toks[j].word() || !locativePreps[toks[j].lower] {
			continue
		}
		if rec29enPlaceEnd(toks, j) != lo {
			return false
		}
		s := j - 1
		if s >= 0 && toks[s].word() && connectives[toks[s].lower] {
			s--
		}
		return s < 0 || toks[s].isTerm() || clauseOpener(toks[s])
	}
	return false
}
