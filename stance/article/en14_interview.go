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
