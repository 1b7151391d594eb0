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

// subordinateAside reports whether the verb toks[v], with subject ph,
// sits in a clause of time or reason inside an aside set off by commas
// after the sentence's opening subject: "Vladimir Putin, appearing beside
// Silvio Berlusconi before Kerry had conceded, spoke well of Bush and
// said …". Such a clause ends at the aside's closing comma (followed by
// the opening subject's verb), and its
// subject is not the sentence's speaker: the "and said" after it belongs
// to the person the sentence opened with, not to Kerry.
func (x *extractor) subordinateAside(st *sentState, ph phrase, v int) bool {
	toks, o := st.toks, st.opening
	if !ph.ok() || !o.ok() || ph.lo < 2 || o.hi >= ph.lo-1 {
		return false
	}
	if s := toks[ph.lo-1]; !s.word() || !asideSubordinators[s.lower] {
		return false
	}
	open := false
	for _, t := range toks[o.hi : ph.lo-1] {
		if t.is(",") {
			open = true
		}
		if t.is(";") || t.is(":") || t.kind == tQuote {
			return false
		}
	}
	if !open || v+1 >= len(toks) {
		return false
	}
	// The aside closes with a comma and the opening subject's own verb
	// ("…, spoke well of Bush"), not another clause ("…, which soldiers
	// had surrounded").
	for k := v + 1; k+1 < x.clauseEnd(v+1); k++ {
		if toks[k].is(",") {
			n := toks[k+1]
			return n.word() && !n.cap && !notNames[n.lower] && !determiners[n.lower]
		}
	}
	return false
}
