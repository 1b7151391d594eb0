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
	toks := st.toks
	for c := ce - 1; c > cs+1; c-- {
		if !toks[c].is(",") {
			continue
		}
		ph := forward(x.text, toks, c+1)
		if !attributionSpeaker(ph) || ph.hi >= len(toks) || !toks[ph.hi].word() || !attributionVerbs[toks[ph.hi].lower] {
			return 0, false
		}
		seg := st.seg
		if seg >= cs || !x.fronted(toks, seg, c, ph.hi+1) {
			return 0, false
		}
		by := x.resolve(ph)
		if by == nil || by == spk {
			return 0, false
		}
		if !x.report(st, seg, c, by, Reported) {
			return 0, false
		}
		r := x.remarks[len(x.remarks)-1].Remark
		r.Kind = Action // one span for both, as embeddedActor's
		x.add(r, spk, false)
		st.seg = ph.hi + 1
		return ph.hi, true
	}
	return 0, false
}

// attributionSpeaker reports whether ph may be the speaker of an
// attribution at a sentence's end: a name or an office, not a pronoun
// (", he said" after an act is the actor's own account) nor an
// institution without a person.
func attributionSpeaker(ph phrase) bool {
	return ph.kind == pName || ph.kind == pRole
}
