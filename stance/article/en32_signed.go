package article

// Signed prose. A roundup of reactions sets each entry under a header
// paragraph that names its speaker and ends with a colon (speakerHeader,
// mm20_header.go), and the entry's words follow in the next paragraph,
// often not quoted at all:
//
//	Lena Dal, foreign minister of Norland:
//
//	The vote was marred by serious irregularities and the result
//	cannot stand until an audit is done.
//
// A quotation opening that paragraph was the header's speaker's already
// (pendingIntro); the plain prose had no speaker. Each sentence of the
// paragraph after a header with a colon that has no remark of its own
// and no quotation is a direct remark of the header's speaker, and the
// remarks of a sentence in the first person are the speaker's; the first
// sentence with a remark of its own ends the entry ("The ministry later
// said …" is the reporter's again). Only the one paragraph: the
// reporter's own text resumes after the last entry.

// en32SignedHeader notes that the paragraph after block b is signed by
// spk (speakerHeader, for a header ending in a colon).
func (x *extractor) en32SignedHeader(b int, spk *speaker) {
	if rev32enPressSigner(spk) {
		return // "Jon Roe, Africa correspondent:" (rev32en_signed.go)
	}
	x.en32Signer, x.en32SignedBlock = spk, b+1
}

// en32SignedProse makes the sentence s a direct remark of the signer of
// its paragraph when it has no remark and no quotation of its own.
func (x *extractor) en32SignedProse(st *sentState, s sentence) {
	if x.en32Signer == nil || s.block != x.en32SignedBlock || st.headline {
		return
	}
	if rev32enNamesSigner(st.toks, x.en32Signer) {
		x.en32Signer = nil // "…, Roe was expelled in 2019": the reporter's (rev32en_signed.go)
		return
	}
	if x.en32Unsigned(st) {
		return // "We congratulate Karl Weber": the signer's own act
	}
	if len(x.remarks) != st.nRemarks || len(st.toks) < 4 || !st.toks[len(st.toks)-1].isTerm() {
		x.en32Signer = nil // the entry ends at a sentence of the reporter's
		return
	}
	for _, t := range st.toks {
		if t.kind == tQuote {
			x.en32Signer = nil
			return
		}
	}
	start, end := st.toks[0].start, st.toks[len(st.toks)-1].end
	x.add(Remark{Text: x.text[start:end], Kind: Direct, Start: start, End: end, QuoteStart: start, QuoteEnd: end}, x.en32Signer, !st.first)
	st.last, st.lastSet = x.en32Signer, true
}

// en32Unsigned gives the signer the remarks of the sentence when it has
// some and none has a speaker: the signer's first person ("We
// congratulate Karl Weber", "I call on all sides …").
func (x *extractor) en32Unsigned(st *sentState) bool {
	rs := x.remarks[st.nRemarks:]
	if len(rs) == 0 {
		return false
	}
	for _, r := range rs {
		if r.spk != nil {
			return false
		}
	}
	for i := range rs {
		rs[i].spk = x.en32Signer
	}
	st.last, st.lastSet = x.en32Signer, true
	return true
}
