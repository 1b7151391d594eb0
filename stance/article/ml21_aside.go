package article

// The subject of a speech verb after a quotation, past an adverb or a
// comma-enclosed aside: "„…“, erklärte dagegen der scheidende Präsident
// X.", "«…», — заявил, в свою очередь, уходящий президент X.", "«…»,
// afirmó, por su parte, el presidente saliente, X." afterVerb read a
// speaker phrase right after the verb, after a day word or after an
// adverbial opening with a preposition (pastAdverbial); a bare adverb or
// an aside between commas left the quotation to the previous speaker.

// ml21SubjectPastAside reads the speaker after the speech verb toks[v]
// past one or two lower-case words of no verb, or past an aside of at
// most five words between commas: a person named in full whose phrase
// runs to a punctuation mark or the end.
func (ix *intl) ml21SubjectPastAside(toks []token, v int) (*speaker, bool) {
	k := v + 1
	switch {
	case k < len(toks) && toks[k].is(","):
		e := k + 1
		for e < len(toks) && e <= k+6 && toks[e].word() && !toks[e].cap && !ix.ml21Verb(toks[e].lower) {
			e++
		}
		if e == k+1 || e >= len(toks) || !toks[e].is(",") {
			return nil, false
		}
		k = e + 1
	default:
		n := 0
		for k < len(toks) && n < 2 && toks[k].word() && !toks[k].cap && !ix.lx.stops[toks[k].lower] && !ix.lx.determiners[toks[k].lower] && !ix.ml21Verb(toks[k].lower) {
			k++
			n++
		}
		if n == 0 {
			return nil, false
		}
	}
	if k >= len(toks) || !toks[k].word() {
		return nil, false
	}
	p := ix.apposed(toks, k)
	if p.kind != pName || !ix.isPerson(p) || p.hi < len(toks) && toks[p.hi].kind != tPunct {
		return nil, false
	}
	return ix.speakerAt(toks, k, false)
}

// ml21Verb reports whether w is a verb the rules know (of saying or of
// acting), or an auxiliary.
func (ix *intl) ml21Verb(w string) bool {
	return ix.lx.speechVerbs[w] || ix.verbLike(w) || ix.lx.auxiliaries[w]
}
