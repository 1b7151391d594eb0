package article

// relativeGap reports whether the speech verb toks[v], whose subject ph
// was found back from it, sits in a relative clause whose gap is the
// reported clause's subject: "a video that aides said had been recorded
// in hiding", "the ballots, which officials said were missing, …",
// "a man who police said had fled". The verb is followed at once by a
// finite auxiliary with no subject of its own, and a relative pronoun
// stands right before the subject. Such a clause describes the noun it
// hangs on; its speaker is not the sentence's, and the words after the
// relative clause are the main clause's, not the report's.
func relativeGap(toks []token, ph phrase, v int) bool {
	if !ph.ok() || ph.lo < 2 || v+1 >= len(toks) || !sayVerbs[toks[v].lower] || !toks[v+1].word() || !finiteAux[toks[v+1].lower] {
		return false
	}
	r := ph.lo - 1
	if toks[ph.lo].word() && gapRelatives[toks[ph.lo].lower] && ph.hi-ph.lo > 1 {
		r = ph.lo // "that aides" read back as a demonstrative and its noun
	}
	if !toks[r].word() || !gapRelatives[toks[r].lower] || r < 1 {
		return false
	}
	// "that" after a speech verb opens its clause ("said that officials
	// said …" is no relative clause); it is relative after a noun.
	p := toks[r-1]
	return !(toks[r].is("that") && p.word() && (sayVerbs[p.lower] || contentVerbs[p.lower]))
}

// gapClause reports the relative clause of relativeGap as spk's remark,
// up to the comma that closes it, and leaves the sentence's speaker
// unset: the main clause has a subject of its own ("Speaking in a video
// that aides said had been recorded in hiding, he branded the tally
// fake"). It returns the index the verb scan goes on from.
func (x *extractor) gapClause(st *sentState, v int, ph phrase) int {
	cs := v + 1
	ce := x.relativeEnd(st.toks, cs, x.clauseEnd(cs))
	if toks := st.toks; gapRelatives[toks[ph.lo].lower] {
		ph = interpret(x.text, toks, ph.lo+1, ph.hi) // "that aides": the relative pronoun is no determiner
	}
	if ph.ok() {
		x.report(st, cs, ce, x.resolve(ph), Reported)
	}
	return max(v, ce-1)
}
