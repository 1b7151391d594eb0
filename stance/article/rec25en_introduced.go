package article

// A reporter introduces a new person in a sentence that gives them no
// remark and quotes them with "he said" or "she said" in the next: "That
// call was echoed by Mara Ovid, who coordinates a network of civic
// groups. “We are not saying who won,” she said." "… but secretary
// general Ivo Kask left little doubt about the mood. “Our members feel
// cheated,” he told reporters." agreeing gave the pronoun to the last
// singular speaker, someone of the same gender quoted a paragraph
// before, when the new person had no pronoun of their own yet.
//
// rec25Introduced returns that new person when: the sentence holds a
// quotation and names nobody; the previous sentence named exactly one
// person (prevNamed), a name first met in that sentence, not a body,
// not the last singular speaker, and of no other gender; the previous
// sentence opened with no other person ("Jo Roe, Ivo Kask's adviser,
// …"), gave no named person a remark and held no personal pronoun ("He thanked Ivo Kask, the envoy.
// “…,” he said" continues the speaker who thanked). Otherwise nil.

// rec25State is what rec25en_introduced.go keeps per sentence.
type rec25State struct {
	// start is len(x.entries) when the current sentence began, prevStart
	// when the previous one did.
	start, prevStart int
	// remarks is len(x.remarks) when the current sentence began,
	// prevRemarks when the previous one did.
	remarks, prevRemarks int
	// prevPronoun is set when the previous sentence held a personal pronoun.
	prevPronoun, curPronoun bool
	// quoted is set when the current sentence holds a quotation.
	quoted bool
	// rev26 is what rev26en_narrow.go keeps of the paragraph.
	rev26 rev26Para
}

// rec25Shift moves the current sentence's state to the previous one and
// reads toks, the sentence beginning.
func (x *extractor) rec25Shift(toks []token, first bool) {
	r := &x.rec25
	r.rev26.shift(x.lastSingular, first, toks) // rev26en_narrow.go
	r.prevStart, r.start = r.start, len(x.entries)
	r.prevRemarks, r.remarks = r.remarks, len(x.remarks)
	r.prevPronoun, r.curPronoun, r.quoted = r.curPronoun, false, false
	for _, t := range toks {
		if t.kind == tQuote {
			r.quoted = true
		}
		if t.word() && rec25Pronouns[t.lower] {
			r.curPronoun = true
		}
	}
}

// rec25Introduced is the person the previous sentence introduced, whom
// the pronoun w of the current sentence means (see above), or nil.
func (x *extractor) rec25Introduced(w string, last *speaker) *speaker {
	r := &x.rec25
	p := x.prevNamed
	if p == nil || !r.quoted || r.prevPronoun || x.nNamed != 0 || x.inAnswer || x.inQuestion {
		return nil
	}
	k := -1
	for i := r.prevStart; i < r.start && i < len(x.entries); i++ {
		if x.entries[i].canon() == p.canon() {
			k = i
			break
		}
	}
	p = p.canon()
	if k < 0 || p.kind != pName || bodyNamed(p) || p.gender != "" && p.gender != w {
		return nil
	}
	if last != nil && last.canon() == p || x.prevOpener != nil && x.prevOpener.canon() != p || r.rev26.inPlay() && !r.rev26.voiceFrom(p) || r.rev26.background(p) {
		return nil // "Jo Roe, Ivo Kask's adviser, said …": the opener is the one in play
	}
	for _, f := range x.remarks[min(r.prevRemarks, len(x.remarks)):min(r.remarks, len(x.remarks))] {
		if c := canonOf(f.spk); c != nil && c.kind == pName {
			return nil // a person spoke or acted in the previous sentence ("Nor has Jo Roe.")
		}
	}
	p.gender = w
	return p
}
