package article

// Round-ups say that the next actor did what the last one did with an
// adverb of likeness before a verb of acting or of speaking out: "Ebenso
// äußerte sich der spanische Regierungschef X", "Ähnlich reagierte
// Spanien", "Так же поступил премьер Испании X", "Аналогично поступили
// Германия и Италия", and in Russian with a position taken: "Аналогичную
// позицию заняли Германия и Италия", "Такую же позицию занял X". Only
// "do the same" with its object (intl_dosame.go) and "так поступил"
// (fgr15_didit.go) were read, so the actor went unread or, with a
// reflexive verb of speech and no clause, gave nothing. Such a verb is a
// follow verb (followAt): its act copies the last act. Its subject is
// found as a follow verb's is; after the verb, a bare list of countries
// or bodies closing the sentence ("заняли Германия и Италия") is read as
// well (gr32_barelist.go). A congratulation or "от" near "поступили" makes
// it a verb of coming ("также поступили от X", intl_follow.go), not this.

// gr32LikewiseAt reports whether toks[v] is a verb of acting alike.
func (ix *intl) gr32LikewiseAt(toks []token, v int) bool {
	l, ok := gr32Likewise[ix.lx.code]
	if !ok || v == 0 || ix.negatedNear(toks, v) {
		return false
	}
	if ix.rev32grOtherSince(toks) {
		return false // another speaker's remark came between (rev32gr_narrow.go)
	}
	w, prev := toks[v].lower, toks[v-1].lower
	switch {
	case l.verbs[w] && l.adverbs[prev]:
		// "Ebenso äußerte sich", "Аналогично поступили"
	case l.verbs[w] && prev == "же" && v >= 2 && toks[v-2].lower == "так":
		// "Так же поступил"
	case l.positions[w] && gr32LikePosition(toks, v):
		// "Аналогичную позицию заняли"
	default:
		return false
	}
	if ix.congratulationNear(toks, v) >= 0 || v+1 < len(toks) && toks[v+1].word() && ix.lx.fromWords[toks[v+1].lower] {
		return false // "Поздравления также поступили от X": a verb of coming
	}
	return !ix.lx.speechVerbs[w] || !ix.gr32SaysMore(toks, v)
}

// gr32SaysMore reports whether the sentence goes on after the verb
// toks[v] with what was said: a colon, a quotation or another verb the
// rules know ("Ähnlich äußerte sich X, Direktor …: Weil …", "…, die von
// einem … sprach"). "Ebenso äußerte sich X" is then speech, not a copy of
// the act before.
func (ix *intl) gr32SaysMore(toks []token, v int) bool {
	for _, t := range toks[v+1:] {
		if t.is(":") || t.kind == tQuote || t.word() && (ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower]) {
			return true
		}
	}
	return false
}

// gr32LikePosition reports whether "позицию" with an adjective of
// likeness stands right before the verb toks[v] ("Аналогичную позицию",
// "Такую же позицию").
func gr32LikePosition(toks []token, v int) bool {
	if v < 2 || toks[v-1].lower != "позицию" {
		return false
	}
	a := toks[v-2].lower
	if a == "же" && v >= 3 {
		a = toks[v-3].lower + " же"
	}
	return gr32RuLikePositions[a]
}

// gr32LikewiseDoer returns the subject after a verb of acting alike
// toks[v]: the first of a bare list of names closing the sentence
// ("заняли Германия и Италия"), or one name right after the verb that
// closes it ("Ähnlich reagierte Spanien."), or no phrase.
func (ix *intl) gr32LikewiseDoer(toks []token, v int) phrase {
	if !ix.gr32LikewiseAt(toks, v) {
		return phrase{}
	}
	if p := ix.gr32BareSenders(toks, v); p.ok() {
		return p
	}
	k := v + 1
	if k < len(toks) && toks[k].lower == "sich" {
		k++ // "Ebenso äußerte sich Portugal." (rev32gr_narrow.go)
	}
	p := ix.forward(toks, k)
	if p.kind == pName && (p.hi == len(toks) || toks[p.hi].isTerm()) {
		return p
	}
	return phrase{}
}
