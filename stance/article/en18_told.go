package article

// toldPronoun reports whether toks[k-1] is an addressee pronoun
// (toldPronouns) right after a verb of telling (objectVerbs): "told me
// Velor would wait" — the capitalised word toks[k] then opens the
// reported clause, as it does after "told reporters".
func toldPronoun(toks []token, k int) bool {
	return k >= 2 && toks[k-1].word() && toldPronouns[toks[k-1].lower] && toks[k-2].word() && objectVerbs[toks[k-2].lower]
}
