package article

// A quotation that is the object of a negated verb in a reported clause:
// "X garantiu que não reconhecerá “um governo feito com …”", "Y dijo que
// no aceptará «una mayoría comprada»". The clause before the quotation is
// too short to be a remark of its own, and the quotation read alone says
// the opposite of what the speaker said (a government they will not
// recognise reads as one they describe). The quotation, in lower case as
// a fragment is, is read as part of the clause.

// negatedObjectQuote reports whether the quotation toks[k] ends the short
// negated clause of the reported part p that opens at toks[p.cs]: at most
// maxNegatedLead lower-case words before it (the speaker's own verb, no
// subject of its own), one of them a negator, and the quotation opening
// in lower case.
func (ix *intl) negatedObjectQuote(toks []token, p reportedPart, k int) bool {
	if !iberoLangs17[ix.lx.code] || p.kind != Reported || toks[k].kind != tQuote || k-p.cs > maxNegatedLead || k <= p.cs {
		return false
	}
	negated := false
	for _, t := range toks[p.cs:k] {
		if !t.word() || t.cap {
			return false // "que Porto Velor não aceitará “…”": a subject of its own, whose act is read apart (innerActor)
		}
		negated = negated || ix.lx.negators[t.lower]
	}
	if !negated {
		return false
	}
	return ix.lowerQuote(toks[k].q)
}

// maxNegatedLead bounds the words of the clause before the quotation.
const maxNegatedLead = 4
