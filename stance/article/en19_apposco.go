package article

// appositiveCo returns the person of a first conjunct set off by commas
// before "and" and the subject ph ("The bloc's foreign policy chief, Lena
// Dal, and enlargement commissioner Marek Tamm congratulated …"; "Lena
// Dal, the bloc's envoy, and Marek Tamm welcomed …"), who shares ph's
// verb; coSubjects stops at the apposition's commas. Up to three words of
// description may stand between "and" and ph ("her Norland counterpart
// Marek Tamm"). The first conjunct must open the clause: after a verb
// ("Kask thanked the envoy, Lena Dal, and …") it is an object.
func (x *extractor) appositiveCo(toks []token, ph phrase) []phrase {
	if ph.kind != pName {
		return nil
	}
	a := ph.lo - 1
	for n := 0; n < 3 && a > 0 && describesName(toks[a]); n++ {
		a--
	}
	if a < 3 || !toks[a].is("and") || !toks[a-1].is(",") {
		return nil
	}
	name, lo := x.appositionName(toks, a-2)
	if !name.ok() || lo < 0 {
		return nil
	}
	if lo > 0 && !clauseOpener(toks[lo-1]) {
		return nil
	}
	return []phrase{name}
}

// describesName reports whether t may describe the person named after
// it in a conjunct ("her", "Norland", "counterpart", "enlargement").
func describesName(t token) bool {
	if !t.word() {
		return false
	}
	if possessivePronouns[t.lower] || t.cap {
		return !determiners[t.lower] || possessivePronouns[t.lower]
	}
	return plainNoun(t.lower)
}

// appositionName reads the first conjunct ending at toks[e] (before ",
// and"): a name after an office and a comma ("the envoy, Lena Dal"), or
// a name before a comma and an office ("Lena Dal, the bloc's envoy").
// It returns the name and where the conjunct starts, or lo -1.
func (x *extractor) appositionName(toks []token, e int) (phrase, int) {
	p := backward(x.text, toks, e)
	if p.kind == pName && p.hi == e+1 && p.lo >= 2 && toks[p.lo-1].is(",") {
		r := backward(x.text, toks, p.lo-2)
		if (r.kind == pRole || r.kind == pInstitution) && r.hi == p.lo-1 {
			return p, r.lo // "the envoy, Lena Dal"
		}
		return phrase{}, -1
	}
	if (p.kind == pRole || p.kind == pGroup) && p.hi == e+1 && p.lo >= 2 && toks[p.lo-1].is(",") {
		n := backward(x.text, toks, p.lo-2)
		if n.kind == pName && n.hi == p.lo-1 {
			return n, n.lo // "Lena Dal, the bloc's envoy"
		}
	}
	return phrase{}, -1
}
