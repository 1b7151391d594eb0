package article

// A list of actors told on someone's authority: "Others who called to
// congratulate the president-elect included A, B and C, her office said",
// "Leaders who rejected the result included A and B, the commission
// said". The attribution makes the clause before its comma the
// spokesperson's reported remark (invertedFronted); each listed person's
// act (includedList) lies inside that remark and was dropped as an
// overlap. As "the Kremlin said Putin had sent a telegram" gives both
// (embeddedActor), the listed people's acts take the remark's span.

// rec24enCoverSpan returns the span of a remark of the sentence (made
// since st.nRemarks, not a direct one) that holds start..end, or start
// and end themselves when there is none.
func (x *extractor) rec24enCoverSpan(st *sentState, start, end int) (int, int) {
	for _, r := range x.remarks[st.nRemarks:] {
		if r.Kind != Direct && r.Start <= start && r.End >= end && (r.Start < start || r.End > end) {
			return r.Start, r.End
		}
	}
	return start, end
}
