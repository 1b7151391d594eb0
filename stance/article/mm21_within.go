package article

// An act told inside someone's reported clause: "Mara Holt said she had
// received a call from Chancellor Lena Dal, who congratulated her",
// "the palace said messages had come from A and B". The greeting's senders
// act (listActions); before, their action overlapped the reporter's
// remark and was dropped, so the senders said nothing. They now share the
// reported remark's span, as "the Kremlin said Putin had sent a
// telegram" gives the actor the reporter's span (tailattrib12.go).

// enclosingReport returns the index in x.remarks of the sentence's
// reported remark (not direct, not an action) that contains the byte
// span [start, end), or -1. The senders' names end before st.toks[after]:
// when the reported clause goes on past them with a clause of its own
// (withinConjunctions: "he had received calls from A and B but would not
// concede", ", and that Kask had yet to concede"), the clause's stance is
// the reporter's, not the senders', and there is none (rev21en).
func (x *extractor) enclosingReport(st *sentState, start, end, after int) int {
	for k := st.nRemarks; k < len(x.remarks); k++ {
		f := x.remarks[k]
		if f.Kind != Reported || f.Start > start || end > f.End {
			continue
		}
		for t := after; t < len(st.toks) && st.toks[t].start < f.End; t++ {
			if st.toks[t].word() && withinConjunctions[st.toks[t].lower] {
				return -1
			}
		}
		return k
	}
	return -1
}
