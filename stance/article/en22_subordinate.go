package article

// subordinateOpens reports whether the fronted clause toks[seg:comma]
// opens with a subordinate clause closed by a comma, a main clause of at
// least three words after it: "Once the court had announced the tally,
// Velor would work with W", "Now that the commission has declared the
// result, the administration offers its congratulations". The whole of it
// is the remark of the attribution after comma (", Lena Dal said"): the
// subordinate clause sets the time or the reason of what is said.
func subordinateOpens(toks []token, seg, comma int) bool {
	s := seg
	if s+1 < comma && toks[s].is("now") && toks[s+1].is("that") {
		s++
	} else if !toks[s].word() || !frontedSubordinators[toks[s].lower] {
		return false
	}
	for k := s + 2; k+1 < comma; k++ {
		if toks[k].is(",") {
			return toks[k+1].word() && comma-k > 3
		}
		if !toks[k].word() {
			return false
		}
	}
	return false
}

// subordinateSpeech reports whether the speech verb toks[i] stands in a
// fronted subordinate clause of a sentence that ends in an attribution
// (see subordinateOpens): "Now that the commission had declared the
// result, the administration offered W its congratulations, spokesman Jo
// Roe said." The verb's words are the setting of the remark, not a remark
// of their own, and its clause would have run on to the attribution.
//
// The verb's subject ph must not be a person (a name, an office or a
// pronoun): "Although Karl Ems said Norland would wait, his deputy
// congratulated W, Jo Roe said" reports what Ems said, his stance, as the
// clause's setting (rev21en).
func (x *extractor) subordinateSpeech(st *sentState, i int, ph phrase) bool {
	toks := st.toks
	first := -1
	if ph.kind == pName || ph.kind == pRole || ph.kind == pPronoun {
		return false
	}
	for k := st.seg; k < i; k++ {
		if !toks[k].word() {
			return false // a comma or a quotation before the verb
		}
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].is(",") {
			first = k
			break
		}
	}
	if first < 0 {
		return false
	}
	for c := len(toks) - 1; c > first; c-- {
		if !toks[c].is(",") {
			continue
		}
		for v := c + 2; v < len(toks) && v <= c+6; v++ {
			if !toks[v].word() || !sayVerbs[toks[v].lower] {
				continue
			}
			ph := backward(x.text, toks, v-1)
			return ph.ok() && ph.kind != pAnonymous && ph.lo == c+1 && ph.hi == v && subordinateOpens(toks, st.seg, c) && x.fronted(toks, st.seg, c, v+1)
		}
		return false
	}
	return false
}

// timedTail is the length of an attribution's tail from toks[rest] up to
// a clause of time that closes the sentence ("said in a statement issued
// while the president was travelling"): that clause says when, not what.
func timedTail(toks []token, rest int) int {
	for k := rest; k < len(toks); k++ {
		if toks[k].word() && (toks[k].is("while") || toks[k].is("as") || toks[k].is("when")) {
			return k - rest
		}
	}
	return len(toks) - rest
}
