package article

// noteQuietOpener records the person opening the sentence when the
// sentence gave nobody a remark: an interview's introduction presents its
// interviewee in such a sentence ("Lena Dal chairs the citizens' election
// watch, which deployed 2,000 monitors. We spoke to her on Sunday."),
// while the news it sums up has its actors act or speak ("Ivo Kask
// conceded the same night"). "We spoke to her" right after it names that
// person, even when the paragraph opened with another (the winner sworn
// in); after a sentence whose opener acted, the paragraph's opener is
// still taken (interview).
func (x *extractor) noteQuietOpener(st *sentState) {
	if st.openSpk != nil && st.opening.kind == pName && len(x.remarks) == st.nRemarks {
		x.quietOpener = st.openSpk
	}
}

// describedInterviewee is the phrase at toks[j] after "We spoke to", or
// the name an office there sets off by commas ("We spoke to its chair,
// Lena Dal, on Sunday", "We talked to the party's spokesman, Ivo Kask"):
// the interviewee is the person, not the office.
func (x *extractor) describedInterviewee(toks []token, j int) phrase {
	ph := forwardRun(x.text, toks, j)
	if ph.kind != pRole || ph.hi+1 >= len(toks) || !toks[ph.hi].is(",") {
		return ph
	}
	if n := forwardRun(x.text, toks, ph.hi+1); n.kind == pName {
		n.role = ph.role
		return n
	}
	return ph
}
