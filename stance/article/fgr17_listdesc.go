package article

// lastDescriptionEnd returns b when toks[i:b] is a short description of
// the last person of a list before the verb's comma toks[b] ("quatre
// petits candidats, dont X, crédité de moins de 2 %, avaient adressé
// …"): it opens with a lower-case word and has at most eight tokens,
// each a word or a per cent sign, none a verb the rules know. It returns
// 0 otherwise. personList took only an office or a place there.
func (ix *intl) lastDescriptionEnd(toks []token, i, b int) int {
	if i >= b || b-i > 8 || !toks[i].word() || toks[i].cap {
		return 0
	}
	for _, t := range toks[i:b] {
		if !t.word() && !t.is("%") || t.word() && (ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.lx.conjunctions[t.lower]) {
			return 0
		}
	}
	return b
}
