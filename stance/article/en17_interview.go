package article

// usSubject is the subject of "spoke to us" (toks[v] the verb): the
// phrase right before it, or, past an apposition set off by commas, the
// person the apposition describes ("Lena Dal, a lawyer who heads the
// citizens' watch, spoke to us by telephone"). The phrase right before
// the verb was the only one looked at, so an interviewee introduced with
// a description was missed and the answers had no speaker.
func (x *extractor) usSubject(toks []token, v int) phrase {
	if ph := backward(x.text, toks, v-1); ph.kind == pName || ph.kind == pPronoun {
		return ph
	}
	if v < 2 || !toks[v-1].is(",") {
		return phrase{}
	}
	return x.subjectBeforeComma(toks, v-1)
}
