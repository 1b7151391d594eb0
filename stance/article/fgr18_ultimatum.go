package article

// An ultimatum issued to the winner or the authorities ("A, B и C
// выдвинули Виктору Януковичу ультиматум: остановить подтасовки …",
// "X a lancé un ultimatum au pouvoir", "X stellte der Regierung ein
// Ultimatum"): the verb of issuing is in no list, so the subjects made no
// remark. A verb of issuing with the noun within four words after it is
// the subjects' act, whose text (the demand after a colon included) the
// model reads.

// ultimatumAt reports whether toks[v] is a verb of issuing with an
// ultimatum within four words after it.
func (ix *intl) ultimatumAt(toks []token, v int) bool {
	code := ix.lx.code
	if !issueVerbs[code][toks[v].lower] {
		return false
	}
	for k := v + 1; k < len(toks) && k <= v+4 && toks[k].word(); k++ {
		if ultimatumNouns[code][toks[k].lower] {
			return true
		}
	}
	return false
}

// ultimatumColon reports whether the colon toks[c] follows an ultimatum
// in the act that opens at toks[cs] and a lower-case word opens what
// follows: the demand, which the act runs through (an act ends at a
// colon otherwise, clauseStop).
func (ix *intl) ultimatumColon(toks []token, cs, c int) bool {
	if c+1 >= len(toks) || !toks[c+1].word() || toks[c+1].cap {
		return false
	}
	for k := cs; k < c; k++ {
		if toks[k].word() && ultimatumNouns[ix.lx.code][toks[k].lower] {
			return true
		}
	}
	return false
}
