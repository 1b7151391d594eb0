package article

// conjoinedAct reads a verb of acting after a conjunction whose clause
// opened with a person or a pronoun and another verb the rules do not
// know: "…; il continue de se présenter comme le président élu et
// accuse le pouvoir d'avoir confisqué le scrutin", "Er blieb bei seiner
// Darstellung und verlangte …". The second verb shares the clause's
// subject; with the first verb unknown, no act before it lent its
// subject (conjunctionBefore in reported), and the act had none. The
// clause starts at the sentence's start or after a semicolon or colon,
// with no comma, quotation or verb the rules know before the conjunction.
func (ix *intl) conjoinedAct(toks []token, v int) (reportedPart, bool) {
	if !conjoinedLangs[ix.lx.code] || v < 3 || !toks[v-1].word() || !ix.lx.conjunctions[toks[v-1].lower] {
		return reportedPart{}, false
	}
	c := v - 2
	for c >= 0 && !toks[c].is(";") && !toks[c].is(":") {
		t := toks[c]
		if t.is(",") || t.kind == tQuote || t.isTerm() || t.word() && (ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower]) {
			return reportedPart{}, false
		}
		c--
	}
	c++
	p := ix.forward(toks, c)
	if !p.ok() || p.hi+1 >= v-1 || !toks[p.hi].word() || toks[p.hi].cap {
		return reportedPart{}, false
	}
	if p.kind != pPronoun && !ix.isPerson(p) {
		return reportedPart{}, false
	}
	spk := ix.resolve(p)
	if spk == nil {
		return reportedPart{}, false
	}
	return reportedPart{spk: spk, kind: Action, cs: v, lo: v - 1}, true
}
