package article

// An office in apposition to another office, with the name: "El jefe de
// la misión de observadores de la UE, el diputado X, dijo …", "O chefe da
// missão, o deputado X, afirmou …". The apposition names the person with
// an office of their own, which apposition (intl.go) does not join to the
// office before it (a name with an office after a comma may as well be
// the next of a list), so the sentence had no subject. Between two
// commas, right before the verb, after an office, with a definite article
// of its own, it is the same person described twice: the name is the
// subject. Spanish and Portuguese.

// titledApposition reports whether a, a person named with an office
// after a definite article between commas, is in apposition to the office
// p before it.
func (ix *intl) titledApposition(toks []token, p, a phrase) bool {
	return p.kind == pRole && a.kind == pName && (ix.hasOffice(a.role) || ix.describedRival(a)) && ix.isPerson(a) && ix.rec30mlTitledOpens(toks, a) // rec30ml_appos.go: fr, ru too
}

// titledAfter returns the person named with an office in apposition to
// the office p, between commas, after an attribution word ("Según el
// jefe de la misión de la UE, el diputado X, la votación …"), or p: the
// speaker is the person, not the office before them.
func (ix *intl) titledAfter(toks []token, p phrase) phrase {
	if p.kind != pRole || p.hi+1 >= len(toks) || !toks[p.hi].is(",") {
		return p
	}
	a := ix.forward(toks, p.hi+1)
	if !a.ok() || a.hi >= len(toks) || !toks[a.hi].is(",") || !ix.titledApposition(toks, p, a) {
		return p
	}
	return a
}
