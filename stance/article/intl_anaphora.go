package article

// Attributions that point back at the previous sentence. News prose often
// states a position first and names its source in the next sentence:
// "Ростания не признает итоги выборов. Об этом заявил глава МИД X.", "…
// Así lo afirmó el canciller X.", "… C'est ce qu'a déclaré le ministre
// X.", "… Foi o que afirmou o chanceler X.", "… Das sagte Außenministerin
// X am Montag." The previous sentence is then X's reported speech.

// prevSentence is what the reader remembers of the sentence before the
// current one: its tokens and the remarks found in it
// (x.remarks[from:to]).
type prevSentence struct {
	toks     []token
	from, to int
	headline bool
}

// backAttribution returns the speaker of a sentence that opens with one
// of the language's backPhrases, then (past negations and auxiliaries) a
// speech verb and its subject: "Об этом заявил X", "Así lo afirmó X".
func (ix *intl) backAttribution(toks []token) (*speaker, bool) {
	n := matchPhrase(toks, 0, ix.lx.backPhrases)
	if n == 0 {
		return nil, false
	}
	v := n
	for k := 0; k < 3 && v < len(toks) && toks[v].word() && (ix.lx.preverbs[toks[v].lower] || ix.lx.auxiliaries[toks[v].lower]); k++ {
		v++ // "Об этом также заявил", "Así lo ha dicho"
	}
	if v+1 >= len(toks) || !toks[v].word() || !ix.lx.speechVerbs[toks[v].lower] {
		return nil, false
	}
	p := ix.apposed(toks, v+1)
	if p.kind != pName && p.kind != pRole && p.kind != pInstitution {
		return nil, false
	}
	return ix.resolve(p), true
}

// attributePrevious gives the previous sentence to spk: when nothing in
// it was found, its text is spk's reported speech; a quotation in it
// that no attribution of its own named (it only continued an earlier
// speaker, or had none) is spk's.
func (ix *intl) attributePrevious(spk *speaker) {
	ps := ix.prevSent
	if spk == nil || len(ps.toks) == 0 {
		return
	}
	if ps.to > ps.from {
		ix.shareBodyRemarks(spk) // "X salue … C'est ce qu'a déclaré Y" (ml20_backbody.go)
		for i := ps.from; i < ps.to && i < len(ix.x.remarks); i++ {
			r := &ix.x.remarks[i]
			if r.Kind == Direct && (r.spk == nil || r.follows) {
				r.spk, r.follows = spk, false
			}
		}
		return
	}
	toks := ps.toks
	end := len(toks)
	for end > 0 && (toks[end-1].isTerm() || toks[end-1].kind == tPunct) {
		end--
	}
	if end == 0 || hasQuote(toks[:end]) {
		return
	}
	ix.addReported(toks, reportedPart{spk: spk, kind: Reported, cs: 0, lo: 0}, end, ps.headline)
}
