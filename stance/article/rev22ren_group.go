package article

// groupLinkLo returns where the group phrase ph starts for coSubjects
// when a determiner the phrase leaves out stands between it and the
// "and" that joins it to the names before: "Norway and the other Nordic
// governments said …", "Canada and a number of Latin American
// governments said …", "Jo Roe and the other opposition leaders have
// refused …" (rec22en_group.go read only "and other …"). It returns the
// determiner's index ("the", or "a" of "a number of"), or
// ph.lo.
func groupLinkLo(toks []token, ph phrase) int {
	if ph.kind != pGroup {
		return ph.lo
	}
	switch lo := ph.lo; {
	case lo >= 3 && toks[lo-1].is("the") && linkBefore(toks[lo-2]):
		return lo - 1
	case lo >= 5 && toks[lo-1].is("of") && toks[lo-2].is("number") && toks[lo-3].is("a") && linkBefore(toks[lo-4]):
		return lo - 3
	}
	return ph.lo
}

// linkBefore reports whether t joins a group to the names before it.
func linkBefore(t token) bool {
	return t.is("and") || t.is("nor")
}

// jointPortfolio reports whether the name p found before "and" is the
// first field of a joint portfolio, the office's own words going on at
// toks[next]: "Health and education minister Jo Roe said …", "Energy and
// transport commissioner …". A capitalised roleModifiers word alone
// before "and" and a lower-case one is no person (the portfolio words of
// rec22en made "Health" a speaker sharing the minister's remark).
func jointPortfolio(toks []token, p phrase, next int) bool {
	return p.hi == p.lo+1 && roleModifiers[toks[p.lo].lower] && next < len(toks) && toks[next].word() && !toks[next].cap && roleModifiers[toks[next].lower]
}
