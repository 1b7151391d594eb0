package article

// A quotation that a clause takes as part of its own syntax, in Spanish
// or Portuguese: "X afirmou que «…» e garantiu que …", "X calificó a Y
// de «…» y dijo que …". The quotation follows a lower-case word of its
// clause (the complementizer, a preposition, a verb), so it is the first
// verb's complement and the verb after the conjunction has that verb's
// subject; openingSubject looks past it to the person opening the
// sentence, as it looks past a scare quote. A quotation after a colon or
// a comma ("X dijo: «…» y …") stands on its own and still stops the look.

// embeddedQuote reports whether toks[k] is a quotation inside the syntax
// of a Spanish or Portuguese clause: right after a lower-case word.
func (ix *intl) embeddedQuote(toks []token, k int) bool {
	return iberoLangs17[ix.lx.code] && k > 0 && toks[k].kind == tQuote && toks[k-1].word() && !toks[k-1].cap
}

// sayingAfterQuote reports whether the quotation toks[k] ends an act
// (its text ends at end) right before a conjunction and a Spanish or
// Portuguese verb of saying: "calificó el recuento de «una pantomima» y
// dijo que …", "classificou a eleição de «uma encenação» e disse que …".
// The quotation is the act's complement, read with it (fragmentQuote) as
// when a second act follows, not a remark of its own.
func (ix *intl) sayingAfterQuote(toks []token, k, end int) bool {
	if !iberoLangs17[ix.lx.code] || end != k+1 || end+1 >= len(toks) {
		return false
	}
	c, v := toks[end], toks[end+1]
	return c.word() && ix.lx.conjunctions[c.lower] && v.word() && !v.cap && ix.lx.speechVerbs[v.lower]
}
