package article

// openedBy returns the speaker the sentence's opening phrase resolved to
// when the subject phrase ph found back from a verb is the tail of that
// opening, or nil. Read back from the verb, "The populist former senator
// called …" is only "former senator" (a lower-case modifier stops the
// phrase), a new office; read forward it is the description describedPrev
// tied to the person the previous sentence named.
func (x *extractor) openedBy(st *sentState, ph phrase) *speaker {
	o := st.opening
	if st.openSpk == nil || !o.ok() || o.kind != pRole || ph.kind != pRole || ph.hi != o.hi || ph.lo < o.lo {
		return nil
	}
	return st.openSpk
}

// openingPronoun is "he" or "she" opening the sentence (after a dateline
// and openers) before a lower-case word: the subject of a later "and
// declared …" or ", adding …" when no verb before gave the sentence its
// speaker ("He stood before the cameras and declared that the count was
// rigged"). sentenceOpening takes only names and offices, which a later
// "he" may refer back to; a pronoun is itself a reference back. A
// relative pronoun or a semicolon before the verb toks[v] opens a clause
// of its own, whose subject it is not ("He was joined by A and B, both of
// whom described the vote as a fraud and called for protests").
func (x *extractor) openingPronoun(toks []token, v int) phrase {
	start := x.openersEnd(toks, x.datelineEnd(toks))
	ph := forwardRun(x.text, toks, start)
	if ph.kind != pPronoun || ph.word == "the" || ph.hi >= min(v, len(toks)) || !toks[ph.hi].word() || toks[ph.hi].cap {
		return phrase{}
	}
	for _, t := range toks[ph.hi:v] {
		if t.is(";") || t.is(":") || t.is("whom") || t.word() && relativeWords[t.lower] {
			return phrase{}
		}
	}
	return ph
}

// sentenceSpeaker is the subject of a verb whose subject is the
// sentence's (subjSentence: "and said", ", adding"): the speaker a verb
// before gave the sentence, or its opening person ("X went further,
// telling Fox News that …"), body ("The government went further, saying
// …"; en15_clause.go) or pronoun (openingPronoun). ok is false when there
// is none.
func (x *extractor) sentenceSpeaker(st *sentState, i int) (spk *speaker, ok bool) {
	switch {
	case st.have:
		return st.sent, true
	case st.opening.ok():
		return x.resolve(st.opening), true
	case x.asideDocument(st.toks, i).ok(): // en17_document.go
		return x.resolve(x.asideDocument(st.toks, i)), true
	case x.openingBody(st.toks).ok():
		return x.resolve(x.openingBody(st.toks)), true
	case x.openingPronoun(st.toks, i).ok():
		return x.resolve(x.openingPronoun(st.toks, i)), true
	case x.groupSubject(st.toks, i).ok(): // en23_group.go: "Earlier a group of lawmakers had gone further, writing …"
		return x.resolve(x.groupSubject(st.toks, i)), true
	}
	return nil, false
}

// phraseSpeaker resolves the subject phrase ph of a verb, or takes the
// speaker of the sentence's opening when ph is its tail (openedBy).
func (x *extractor) phraseSpeaker(st *sentState, ph phrase) *speaker {
	if spk := x.openedBy(st, ph); spk != nil {
		return spk
	}
	return x.resolve(ph)
}

// colonOpening is the person opening the clause after a colon that
// introduces who speaks: "In Moscow the tone was more guarded: Jo Roe,
// the Foreign Ministry spokesman, sidestepped questions, telling
// reporters that …" — the subject of ", telling" is the person after the
// colon, not the sentence's first words. The colon comes within
// colonOpeningSpan tokens, after two words or more ("Q:" and "A:" label
// an interview's turns) and words only.
func (x *extractor) colonOpening(toks []token) phrase {
	for c := 2; c < len(toks)-2 && c <= colonOpeningSpan; c++ {
		if toks[c].is(":") {
			ph := x.openingSubject(toks[c+1:])
			if ph.ok() {
				ph.lo, ph.hi = ph.lo+c+1, ph.hi+c+1
			}
			return ph
		}
		if !toks[c].word() {
			return phrase{}
		}
	}
	return phrase{}
}

// colonOpeningSpan is how far the colon of colonOpening may come.
const colonOpeningSpan = 12
