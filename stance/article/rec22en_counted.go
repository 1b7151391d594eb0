package article

// countedDescription reports whether a plural description counted by a
// number or a quantifier opens the sentence and ends before toks[m] (a
// comma or a dash before a list of names): "Two opposition leaders, Jo
// Roe and Ivo Kask, rejected the result", "Three regional governors — A,
// B and C — congratulated W", "Several senior ministers, …". It holds a
// plural office (groupRoles) and no verb; descriptionStart knows only
// descriptions opened by a determiner.
func countedDescription(toks []token, m int) bool {
	if m < 2 || m > maxPhrase || !toks[0].word() || !(numberWords[toks[0].lower] || countQuantifiers[toks[0].lower]) {
		return false
	}
	group := false
	for _, t := range toks[1:m] {
		if !t.word() || sayVerbs[t.lower] || contentVerbs[t.lower] || copulas[t.lower] || relativeWords[t.lower] {
			return false
		}
		group = group || groupRoles[t.lower]
	}
	return group
}

// asideMark reports whether toks[o] opens the aside that toks[c] closes:
// two commas, or two dashes.
func asideMark(o, c token) bool {
	return o.is(",") && c.is(",") || isDash(o) && isDash(c)
}
