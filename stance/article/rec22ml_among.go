package article

// An "also" between the verb of a list of congratulators and the list:
// "Среди первых поздравивших были также A, B и C", "Parmi les premiers
// à féliciter le vainqueur figuraient aussi A et B", "Entre quienes lo
// felicitaron estuvieron también A y B". The adverb ties the list to the
// sentence before; the people after it are still the list.

// rec22mlAmongSkip returns the index past at most two lower-case adverbs
// of likeness or sentence adverbs at toks[j] (fgrLikeAdverbs, notNames).
func (ix *intl) rec22mlAmongSkip(toks []token, j int) int {
	for n := 0; n < 2 && j < len(toks) && toks[j].word() && !toks[j].cap; n++ {
		w := toks[j].lower
		if !fgrLikeAdverbs[w] && !ix.lx.notNames[w] {
			break
		}
		j++
	}
	return j
}
