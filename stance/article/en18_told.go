package article

// toldPronoun reports whether toks[k-1] is an addressee pronoun
// (toldPronouns) right after a verb of telling (objectVerbs): "told me
// Velor would wait" — the capitalised word toks[k] then opens the
// reported clause, as it does after "told reporters". A day or a month
// does not ("told me Friday that …": rev18en).
func toldPronoun(toks []token, k int) bool {
	return k >= 2 && !timeWords[toks[k].lower] && toks[k-1].word() && toldPronouns[toks[k-1].lower] && toks[k-2].word() && objectVerbs[toks[k-2].lower]
}

// amongAside reports whether "among them" (or "among those") and a comma
// follow a name ending before toks[k]: the name picks a member out of
// the group before it (", and the envoys, Jo Roe among them, issued …"),
// so it is no further item of a list of subjects, and the aside is
// stepped over as a description is (skipApposition).
func amongAside(toks []token, k int) bool {
	return k+2 < len(toks) && toks[k].is("among") && (toks[k+1].is("them") || toks[k+1].is("those")) && toks[k+2].is(",")
}
