package article

// asideDocumentAuthor is the author of a statement opening the sentence
// whose source is set off by commas: "The statement, put out by foreign
// ministry spokesman Jo Roe, leaned on the observers' finding and
// promised that …", "A letter, signed by Ivo Kask, welcomed the vote".
// documentSubject read the source only without the commas and only for
// a verb right after it; the author also speaks for the verbs after
// "and" (sentenceSpeaker). It returns the author's phrase and the index
// after the closing comma, or an empty phrase.
func (x *extractor) asideDocumentAuthor(toks []token) (phrase, int) {
	s := x.datelineEnd(toks)
	if s+5 >= len(toks) || !toks[s].word() || !descriptionDeterminers[toks[s].lower] || !statementNouns[toks[s+1].lower] || !toks[s+2].is(",") {
		return phrase{}, -1
	}
	j := s + 3
	if !toks[j].word() || !publishVerbs[toks[j].lower] {
		return phrase{}, -1
	}
	j++
	if toks[j].is("out") {
		j++ // "put out by"
	}
	if j+1 >= len(toks) || !toks[j].is("by") && !toks[j].is("from") {
		return phrase{}, -1
	}
	ph := forward(x.text, toks, j+1)
	if !ph.ok() || ph.kind == pPronoun || ph.kind == pAnonymous || ph.hi >= len(toks) || !toks[ph.hi].is(",") {
		return phrase{}, -1
	}
	return ph, ph.hi + 1
}

// asideDocument is asideDocumentAuthor's author when the verb toks[v]
// comes after the aside.
func (x *extractor) asideDocument(toks []token, v int) phrase {
	if ph, e := x.asideDocumentAuthor(toks); ph.ok() && e <= v {
		return ph
	}
	return phrase{}
}
