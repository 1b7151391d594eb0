package article

// appositionTail returns the index after a description set off by a comma
// after a postposed speaker: ", an aide to the mayor, on Monday." (closed
// by a comma, skipApposition) or one running to the sentence's end ("The
// count was final, said Lena Dal, a senator from Velor."; ", who lives in
// Velor."). The phrase reader keeps a short apposition ("Lena Dal, a
// senator") but stops before a preposition, and the words left after the
// speaker made the attribution look like a clause of its own. The
// description holds at most 15 tokens, no quotation, colon or semicolon,
// and no speech or stance verb. It returns j when toks[j] opens none.
func appositionTail(toks []token, j int) int {
	if e := skipApposition(toks, j); e > j {
		return e
	}
	if j+2 >= len(toks) || !toks[j].is(",") || !toks[j+1].word() || toks[j+1].cap && !toks[j+1].is("the") {
		return j // a capitalised word after the comma may be another name
	}
	for k := j + 1; k < len(toks) && k <= j+16; k++ {
		t := toks[k]
		switch {
		case t.isTerm():
			return k
		case t.kind == tQuote || t.is(",") || t.is(";") || t.is(":"):
			return j
		case t.word() && (sayVerbs[t.lower] || contentVerbs[t.lower]):
			return j
		}
	}
	if len(toks) <= j+16 {
		return len(toks)
	}
	return j
}
