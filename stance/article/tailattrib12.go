package article

// tailAttribution reads an act told on someone's authority with the
// attribution at the end: "President Ivo Kask spoke to Lima by telephone
// and wished him success, Velor spokesman Jon Roe said." The clause
// before the comma (from st.seg, the sentence's start) is what the
// spokesperson said, their reported remark, and the act it tells is the
// actor's: an action with the same span, as "the Kremlin said Putin had
// sent a telegram" gives both (embeddedActor). Before, the action ran to
// the sentence's end and swallowed the attribution, so the spokesperson
// had nothing. The attribution is a comma, a person or office
// (attributionSpeaker), an attribution verb and at most a few words to
// the sentence's end (fronted). It reports whether it made the remarks
// and the index to go on from (the attribution verb).
func (x *extractor) tailAttribution(st *sentState, cs, ce int, spk *speaker) (int, bool) {
	c, hi, by := x.tailSpeaker(st, cs, ce, spk)
	if by == nil || !x.report(st, st.seg, c, by, Reported) {
		return 0, false
	}
	r := x.remarks[len(x.remarks)-1].Remark
	r.Kind = Action // one span for both, as embeddedActor's
	x.add(r, spk, false)
	st.seg = hi + 1
	return hi, true
}

// tailSpeech is tailAttribution for a clause reported by the sentence's
// subject: "Velor had noted concerns about the count, spokesman Jon Roe
// said." The sentence up to the comma is the spokesperson's remark and,
// with the same span, the subject's; before, the subject's clause ran to
// the end and swallowed the attribution.
func (x *extractor) tailSpeech(st *sentState, cs, ce int, spk *speaker) (int, bool) {
	c, hi, by := x.tailSpeaker(st, cs, ce, spk)
	if by == nil || !x.report(st, st.seg, c, by, Reported) {
		return 0, false
	}
	if spk != nil {
		r := x.remarks[len(x.remarks)-1].Remark
		x.add(r, spk, false) // one span for both, as tailAttribution's
	}
	st.seg = hi + 1
	return hi, true
}

// tailSpeaker finds the attribution at the end of the clause toks[cs:ce]
// (see tailAttribution): the comma before it, the index of its verb and
// its speaker, who is not spk; by is nil when there is none.
func (x *extractor) tailSpeaker(st *sentState, cs, ce int, spk *speaker) (c, hi int, by *speaker) {
	toks := st.toks
	for c = ce - 1; c > cs+1; c-- {
		if !toks[c].is(",") {
			continue
		}
		ph := forward(x.text, toks, c+1)
		if !attributionSpeaker(ph) || ph.hi >= len(toks) || !toks[ph.hi].word() || !tailVerb(toks, ph.hi) {
			return 0, 0, nil
		}
		if st.seg >= cs || !x.fronted(toks, st.seg, c, ph.hi+1) {
			return 0, 0, nil
		}
		if by = x.resolve(ph); by == spk {
			return 0, 0, nil
		}
		return c, ph.hi, by
	}
	return 0, 0, nil
}

// attributionSpeaker reports whether ph may be the speaker of an
// attribution at a sentence's end: a name, an office or an institution
// ("…, the embassy said": governments speak through them), not a pronoun
// (", he said" after an act is the actor's own account).
func attributionSpeaker(ph phrase) bool {
	return ph.kind == pName || ph.kind == pRole || ph.kind == pInstitution
}

// tailVerb reports whether toks[k] is the verb of an attribution at a
// sentence's end: an attribution verb, or "told" with its addressee
// ("…, Lena Dal told reporters"; fronted bounds what follows).
func tailVerb(toks []token, k int) bool {
	return attributionVerbs[toks[k].lower] || toks[k].lower == "told" && k+1 < len(toks) && toks[k+1].word()
}
