package article

// A short quotation that is the whole object of a verb and ends the
// sentence: "X denunció «un fraude descarado».", "X a dénoncé « un
// scrutin truqué ».", "X denunciou «uma fraude descarada».", "X заявила о
// «подтасовке»" is read as its own; scare (intl_reported.go) takes any
// quotation of under four words after a word for a scare quote, and the
// verb's act, which stops at a quotation, then had no words: the speaker
// and what they said were lost. The quotation is then read as a direct
// remark of the subject of the verb before it (attribute).

// ml21ObjectQuote reports whether the scare quote toks[k] comes right
// after a verb of saying or acting (or after a preposition after one:
// "заявила о «…»", "habló de «…»") and ends its sentence.
func (ix *intl) ml21ObjectQuote(toks []token, k int) bool {
	if k < 2 || k+1 < len(toks) && !toks[k+1].isTerm() {
		return false
	}
	v := k - 1
	if ix.lx.stops[toks[v].lower] && !ix.lx.conjunctions[toks[v].lower] {
		v-- // "habló de «…»", "заявила о «…»"
	}
	if v < 1 || !toks[v].word() {
		return false
	}
	return ix.lx.speechVerbs[toks[v].lower] || ix.verbLike(toks[v].lower)
}
