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
	if k < 2 || k+1 < len(toks) && !toks[k+1].isTerm() || ix.rev21grNameQuote(ix.x.quotes[toks[k].q]) {
		return false
	}
	v := k - 1
	if ix.lx.stops[toks[v].lower] && !ix.lx.conjunctions[toks[v].lower] || ml21AboutPreps[toks[v].lower] {
		v-- // "habló de «…»", "заявила о «…»"
	}
	if v < 1 || !toks[v].word() {
		return false
	}
	return ix.lx.speechVerbs[toks[v].lower] || ix.verbLike(toks[v].lower)
}

// ml21ObjectQuoteSubject returns the subject of the verb before the
// object quotation toks[k] (ml21ObjectQuote) when attribute found none
// ("Анна Белова заявила о «подтасовке»", "X, напротив, заявила о «…»"):
// the person whose phrase ends right before the verb, or before an aside
// between commas of at most four words; or nil.
func (ix *intl) ml21ObjectQuoteSubject(toks []token, k int) *speaker {
	v := k - 1
	if ix.lx.stops[toks[v].lower] || ml21AboutPreps[toks[v].lower] {
		v--
	}
	e := v - 1
	if e > 0 && toks[e].is(",") {
		c := e - 1
		for c > 0 && e-c <= 4 && toks[c].word() && !toks[c].cap {
			c--
		}
		if !toks[c].is(",") || c == e-1 {
			return nil
		}
		e = c - 1
	}
	p := ix.subjectEnding(toks, e)
	if !ix.isPerson(p) || p.kind != pName {
		return nil
	}
	return ix.resolve(p)
}
