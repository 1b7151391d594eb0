package article

// A refusal to concede and a demand for a recount told as two conjoined
// acts of one subject: "X weigerte sich, die Niederlage einzugestehen,
// und verlangte eine Neuauszählung", "X отказался признать поражение,
// и потребовал пересчёта". Read apart, the refusal alone was hostile;
// GUIDELINES rule 13 makes a refusal until a recount withholding, which
// ml21_recount.go reads when both are in one act's text. The demand is
// then kept in the refusal's act (its text runs on to the sentence end).

// gr23RecountAfterRefusal reports whether the act p at the verb toks[v],
// after a conjunction, continues the act last of the same speaker: last
// holds a refusal and p's words ask for a recount (ml21RecountStems).
func (ix *intl) gr23RecountAfterRefusal(toks []token, last, p reportedPart, v int) bool {
	if last.kind != Action || p.kind != Action || last.spk == nil || p.spk == nil || last.spk.canon() != p.spk.canon() || !ix.conjunctionBefore(toks, v) {
		return false
	}
	refused := false
	for i := last.cs; i < v; i++ {
		refused = refused || toks[i].word() && ix.lx.refusals[toks[i].lower]
	}
	if !refused {
		return false
	}
	for i := v; i < len(toks) && !toks[i].isTerm(); i++ {
		if toks[i].word() && ml21HasStem(toks[i].lower, ml21RecountStems) {
			return true
		}
	}
	return false
}
