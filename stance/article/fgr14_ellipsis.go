package article

// An act told once and then of a second person by ellipsis, the person
// and an adverb of likeness after a comma: "EU-Kommissar X hat
// gratuliert, Ivo Kask ebenso", "X a félicité le vainqueur, Y
// aussi", "X поздравил победителя, Y тоже". The second person did the
// same, as after the language's likePhrases ("ebenso wie Y"), so the act
// is theirs too (likeActors).

// ellipsisActor returns the person at toks[k], right after a comma, when
// an adverb of likeness (fgrLikeAdverbs) follows them and ends the
// clause before end.
func (ix *intl) ellipsisActor(toks []token, k, end int) (phrase, bool) {
	if k == 0 || !toks[k-1].is(",") || !toks[k].word() {
		return phrase{}, false
	}
	q := ix.apposed(toks, k)
	a := q.hi
	if !ix.isPerson(q) || a >= end || !toks[a].word() || !fgrLikeAdverbs[toks[a].lower] {
		return phrase{}, false
	}
	if a+1 < len(toks) && toks[a+1].word() {
		return phrase{}, false // "Y auch die Opposition": the adverb opens more
	}
	return q, true
}
