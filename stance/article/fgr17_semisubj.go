package article

// semicolonSubjunctive returns, for a German sentence whose last part
// before a semicolon is a named person's remark or act, the clause after
// the semicolon as that person's reported remark when it is in the
// subjunctive of reported speech and names no source of its own: "X,
// Sprecherin der Beobachter, schilderte einen chaotischen Wahlsonntag;
// der größere Schaden sei aber schon im Wahlkampf angerichtet worden."
// The subjunctive marks the clause as the person's words, as it does
// after a colon (colonSubjunctive) or in the next sentence
// (subjunctiveContinuation); after a semicolon it went to nobody.
func (ix *intl) semicolonSubjunctive(toks []token, parts []reportedPart) (reportedPart, bool) {
	if ix.lx.code != "de" || len(parts) == 0 {
		return reportedPart{}, false
	}
	c := -1
	for k, t := range toks {
		if t.is(";") {
			c = k
			break
		}
	}
	last := parts[len(parts)-1]
	if c < 2 || last.cs >= c || last.spk == nil || last.spk.canon().kind != pName {
		return reportedPart{}, false
	}
	if !ix.subjunctiveAhead(toks, c+1) || ix.ownSourceDe(toks[c+1:]) {
		return reportedPart{}, false
	}
	for _, t := range toks[c+1:] {
		if t.kind == tQuote || t.is(";") {
			return reportedPart{}, false
		}
	}
	return reportedPart{spk: last.spk.canon(), kind: Reported, cs: c + 1, lo: c + 1}, true
}
