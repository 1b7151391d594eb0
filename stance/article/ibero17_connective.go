package article

// A connective set off by commas between a speech verb and its
// complementizer: "X sublinhou, no entanto, que não houve violência",
// "Y dijo, sin embargo, que esperará al escrutinio". Reporters put the
// connective that links the sentence to the one before right after the
// verb; the clause after "que" is still what the verb reports. Without the
// connective, a comma before "que" opens a relative clause ("contó X, que
// vende …") and is left alone (clauseAfter).

// connectiveClause returns the index after the complementizer that
// follows a connective between commas at toks[from] (the comma after the
// verb), or -1.
func (ix *intl) connectiveClause(toks []token, from int) int {
	if from+3 >= len(toks) || !toks[from].is(",") {
		return -1
	}
	n := matchPhrase(toks, from+1, iberoConnectives17[ix.lx.code])
	c := from + 1 + n
	if n == 0 || c+1 >= len(toks) || !toks[c].is(",") || !toks[c+1].word() || !ix.lx.complementizers[toks[c+1].lower] {
		return -1
	}
	return c + 2
}
