package article

// speakerHeader reads a paragraph that is only a speaker phrase, the
// header of an entry in a roundup of reactions ("GERMAN CHANCELLOR GRETA
// LIND:", "Russian President Ivan Petrov, in a statement:", "BRITISH
// FOREIGN SECRETARY JO ROE, ON X:") whose words follow in the next
// paragraph: a quotation opening that paragraph is the header's speaker's.
// Without a colon only a titled name is a header ("JAPANESE PRIME
// MINISTER KEN SATO"): a bare name or place ("BRITAIN", "THE
// OPPOSITION") is a section title, and what follows it is no one's.
func (x *extractor) speakerHeader(st *sentState, s sentence, c *context) bool {
	toks := st.toks
	b := x.blocks[s.block]
	if st.headline || s.lo != b.tlo || s.hi != b.thi || len(toks) < 2 {
		return false
	}
	ph := forward(x.text, toks, 0)
	if ph.kind != pName && ph.kind != pRole && ph.kind != pInstitution {
		return false
	}
	end, colon := headerEnd(toks, ph.hi)
	if end != len(toks) || !colon && !(ph.kind == pName && ph.role != "") {
		return false
	}
	spk := x.resolve(ph)
	x.handOn(&sentState{}, c)
	c.pendingIntro = spk
	return true
}

// headerEnd returns the index past a header's tail starting at toks[j]:
// nothing, or a colon, or a comma and at most six words ("on X", "in a
// statement", "speaking to reporters") then a colon; colon tells whether
// the header ends with one.
func headerEnd(toks []token, j int) (end int, colon bool) {
	if j < len(toks) && toks[j].is(",") {
		k := j + 1
		for k < len(toks) && k <= j+7 && toks[k].word() {
			k++
		}
		if k > j+1 && k < len(toks) && toks[k].is(":") {
			return k + 1, true
		}
		return j, false
	}
	if j < len(toks) && toks[j].is(":") {
		return j + 1, true
	}
	return j, false
}
