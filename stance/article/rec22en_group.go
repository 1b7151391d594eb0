package article

// groupConjunct reports whether the subject ph is a group of speakers
// closing a list of names ("The European Union and several Western
// governments said …", "Norway and other Nordic governments welcomed …",
// "Jo Roe and her allies rejected …"): a group phrase right after "and"
// or "nor". The names before it share its verb as those before a name do
// (coSubjects); before, the list's names lost the remark to the group.
func groupConjunct(toks []token, ph phrase) bool {
	lo := groupLinkLo(toks, ph) // rev22ren_group.go: "and the other …", "and a number of …"
	return ph.kind == pGroup && lo >= 2 && (toks[lo-1].is("and") || toks[lo-1].is("nor"))
}
