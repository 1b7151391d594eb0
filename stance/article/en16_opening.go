package article

// openedBy returns the speaker the sentence's opening phrase resolved to
// when the subject phrase ph found back from a verb is the tail of that
// opening, or nil. Read back from the verb, "The populist former senator
// called …" is only "former senator" (a lower-case modifier stops the
// phrase), a new office; read forward it is the description describedPrev
// tied to the person the previous sentence named.
func (x *extractor) openedBy(st *sentState, ph phrase) *speaker {
	o := st.opening
	if st.openSpk == nil || !o.ok() || o.kind != pRole || ph.kind != pRole || ph.hi != o.hi || ph.lo < o.lo {
		return nil
	}
	return st.openSpk
}
