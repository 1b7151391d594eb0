package article

// joinedCompany reports whether the words between the joining verb
// toks[v] and the aside opening at toks[o] describe the company the aside
// names (rec22en_joined.go): "the leaders of two smaller parties", "two
// other opposition leaders". Probes found the aside read as the company
// when it names others: the object of an "of" phrase ("supporters of two
// jailed activists, A and B": the activists, not the supporters, are
// named) or of a relative clause ("the crowd that booed two ministers, A
// and B"). So a relative word or "that" in the description rules it out,
// and after "of" the noun the aside follows must be a plural office or
// body (groupRoles: "the heads of two regional governments, A of X and B
// of Y").
func joinedCompany(toks []token, v, o int) bool {
	of := false
	for _, t := range toks[v+1 : o] {
		if relativeWords[t.lower] || t.is("that") || t.is("whom") {
			return false
		}
		of = of || t.is("of")
	}
	return !of || groupRoles[toks[o-1].lower]
}
