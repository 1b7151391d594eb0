package article

// An interview's introduction in the third person: "He spoke to Ana Ferrer
// in Culiacán." (the reporter named, the interviewee the subject) and
// "Romaric Houngbo, a political scientist, talked us through the
// reactions." Only "We spoke to X" and "X spoke to us" were read, so the
// answers of such an interview had no speaker.

// thirdPersonInterviewee returns the subject of "spoke to <reporter>" or
// "talked us through" at the interview verb toks[i], or no phrase: the
// subject a pronoun or a name right before the verb; after "to", a name
// that ends the sentence or is followed only by a place or a time ("in
// Culiacán", "on Sunday", "last week").
func (x *extractor) thirdPersonInterviewee(toks []token, i int) phrase {
	subj := backward(x.text, toks, i-1)
	if subj.kind != pName && subj.kind != pPronoun {
		return phrase{}
	}
	if toks[i+1].is("us") && i+2 < len(toks) && toks[i+2].is("through") {
		return subj // "X talked us through the reactions"
	}
	if !toks[i+1].is("to") || i+2 >= len(toks) {
		return phrase{}
	}
	obj := forwardRun(x.text, toks, i+2)
	if obj.kind != pName {
		return phrase{}
	}
	j := obj.hi
	if j < len(toks) && (toks[j].is("in") || toks[j].is("on") || toks[j].is("last")) {
		j += 2
		for j < len(toks) && toks[j].word() && toks[j].cap {
			j++ // "in Mexico City"
		}
	}
	if j < len(toks) && !toks[j].isTerm() {
		return phrase{}
	}
	return subj
}
