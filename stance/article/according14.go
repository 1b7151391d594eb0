package article

// "According to" with a document or with someone else's act.
//
// "The result was a fraud, according to a statement from opposition
// leader Ivo Kask": the statement's author speaks (documentOwner); the
// bare "according to" found no name in "a statement" and the sentence
// had no speaker. "President Lena Dal had sent the winner a telegram,
// according to Kremlin spokesman Ivo Kask": the spokesman reports the
// act, as in "Ivo Kask said President Lena Dal had sent …", where both
// get the remark (reportsActions); before, only the actor did.

// documentOwner parses "a statement from X", "a statement issued by X",
// "a post by X" at toks[j]: a determiner, a statement noun, an optional
// participle of publishing, then "from" or "by" and the author's phrase.
func documentOwner(text string, toks []token, j int) phrase {
	k := j
	if k < len(toks) && toks[k].word() && determiners[toks[k].lower] {
		k++
	}
	if k+1 < len(toks) && toks[k].word() && !toks[k].cap && !statementNouns[toks[k].lower] && toks[k+1].word() && statementNouns[toks[k+1].lower] {
		k++ // "a press statement from X", "a joint statement by X"
	}
	if k >= len(toks) || !toks[k].word() || !statementNouns[toks[k].lower] {
		return phrase{}
	}
	k++
	if k < len(toks) && toks[k].word() && publishVerbs[toks[k].lower] {
		k++
	}
	if k+1 >= len(toks) || !(toks[k].is("from") || toks[k].is("by")) {
		return phrase{}
	}
	p := forward(text, toks, k+1)
	if p.kind == pPronoun || p.kind == pAnonymous {
		return phrase{}
	}
	return p
}

// reportsActions gives spk, named after ", according to" at the end of a
// sentence without quotation, a reported remark on each act the sentence
// reports of someone else whose span starts at a byte offset in [from,
// before), with the act's span: the reporter of an act takes the stance of
// what they report, as after "X said". After a closing ", according to X"
// only acts reported before it are X's (from 0, before its offset): an act
// in a clause after it is the reporter's own news ("Turnout was high,
// according to Ivo Kask, but Lena Dal refused to congratulate …"). After
// an opening "According to X," the acts after it are (to the sentence's
// end): "According to President Ivo Kask, Velor would not accept the claim
// of victory" is Velor's act and Kask's remark; before, the act alone was
// read.
func (x *extractor) reportsActions(st *sentState, spk *speaker, from, before int) {
	n := len(x.remarks)
	for k := st.nRemarks; k < n; k++ {
		r := x.remarks[k]
		if r.Kind != Action || r.spk == nil || spk == nil || r.spk.canon() == spk.canon() || r.Start >= before || r.Start < from {
			continue
		}
		rep := r.Remark
		rep.Kind = Reported
		x.add(rep, spk, false)
	}
}
