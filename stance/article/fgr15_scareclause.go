package article

// clauseFromPastScare returns where the stretch of words ending at
// toks[m] starts, as clauseFrom (limit 14) or a whole sentence (limit < 0)
// would, except that a scare quote inside it does not end it: "X sprach vor
// Demonstranten von einem „gestohlenen Sieg“: „…“", "X juge « prématuré »
// de se prononcer … : « … »". The quotation after the colon is the
// speech of the clause's subject; before, the stretch stopped at the
// scare quote, so neither the speech verb nor the subject before it were
// seen and the quotation had no speaker.
func (ix *intl) clauseFromPastScare(toks []token, m, limit int) int {
	start := m
	for start >= 0 && (limit < 0 || m-start < limit) {
		t := toks[start]
		if t.kind == tQuote && !ix.scare(toks, start) || t.isTerm() || t.is(";") {
			break
		}
		start--
	}
	return start + 1
}
