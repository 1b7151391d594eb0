package article

// soDid handles a sentence that opens "So did" ("So did Velor's Ivo Kask,
// the current chair of the bloc, and Lena Dal, president of the
// Commission."; "So too did A and B"; "So, too, has A"): each name listed
// after the auxiliary did what the previous sentence's last remark
// reports, so each gets a copy of that remark, sharing its span, as
// ", as did A and B" does inside a sentence (asDidNames). The last remark
// must be an action or a reported clause, not a quotation: "So did A"
// after a quotation repeats a deed, not words. A sentence with remarks of
// its own gets none ("Nor did A" is norDid's, en15_pronoun.go, which
// copies only a denied act);
// nor does one after a sentence with no remark (the last remark is then
// an earlier sentence's, not what "So did" repeats).
func (x *extractor) soDid(st *sentState) {
	toks := st.toks
	if len(x.remarks) != st.nRemarks || st.nRemarks == 0 || st.headline {
		return
	}
	j := soDidEnd(toks)
	if j < 0 {
		return
	}
	prev := x.remarks[st.nRemarks-1]
	if prev.Kind == Direct || prev.Headline || prev.spk == nil || prev.Start < x.prevSentenceStart(toks[0].start) {
		return // "Jan Sepp lost. So did Velor Rovers": the sentence before told no act
	}
	r := prev.Remark
	for _, p := range x.asDidNames(toks, j) {
		x.add(r, x.resolve(p), false)
	}
}

// soDidEnd returns the index after the auxiliary of a sentence opening
// "So did", "So too did" or "So, too, did" (any asDidAux), or -1.
func soDidEnd(toks []token) int {
	if len(toks) < 3 || !toks[0].is("so") {
		return -1
	}
	k := 1
	for k < len(toks) && k <= 4 && (toks[k].is(",") || toks[k].is("too")) {
		k++
	}
	if k+1 >= len(toks) || !toks[k].word() || !asDidAux[toks[k].lower] {
		return -1
	}
	return k + 1
}

// prevSentenceStart returns the offset where the sentence before the one
// starting at offset start begins, or start when there is none.
func (x *extractor) prevSentenceStart(start int) int {
	for i, s := range x.sents {
		if x.toks[s.lo].start == start && i > 0 {
			return x.toks[x.sents[i-1].lo].start
		}
	}
	return start
}
