package article

// ofListHead reports whether toks[j] is the "of" after a plural office
// (ofListHeads) that opens a list of actors: "The governments of Tarnia,
// Sarnia and Ostia proposed a second round" — each country acts, the
// first one too, although "of" before a name otherwise marks an object
// (blockedBefore). The office must open the clause: the sentence's
// start, a clauseOpener or a determiner before it.
func ofListHead(toks []token, j int) bool {
	if j < 1 || !toks[j-1].word() || !(toks[j].is("of") && ofListHeads[toks[j-1].lower] || en32FromHead(toks, j)) {
		return false
	}
	h := en32HeadModifiers(toks, j-1) // en32_plural.go: "Observer missions from A, B and C"
	if h > 0 && toks[h-1].word() && determiners[toks[h-1].lower] {
		h--
	}
	return h == 0 || clauseOpener(toks[h-1]) || groupIncluding(toks, h-1) // mm20_origin.go: "counterparts like the governments of A, B and C"
}

// ofListFirst is the first name of such a list when the phrase grammar
// read it with its office ("The leaders of Tarnia" as a group): p is the
// phrase found back from toks[j], the name's last word. It returns the
// name after "of", or p.
func (x *extractor) ofListFirst(toks []token, p phrase, j int) phrase {
	if p.kind == pName || p.lo >= j {
		return p
	}
	for of := j - 1; of > p.lo; of-- {
		if !toks[of].is("of") {
			continue
		}
		if !ofListHead(toks, of) {
			return p
		}
		if q := forward(x.text, toks, of+1); q.kind == pName && q.hi == j+1 {
			return q
		}
		return p
	}
	return p
}

// ofListComma reports whether the comma toks[c] follows the first name
// of such a list ("The governments of Tarnia, Sarnia and Ostia"): only
// capitalised words stand between the office's "of" and the comma. The
// comma then continues the list; it closes no plural description.
func ofListComma(toks []token, c int) bool {
	for j := c - 1; j > 0 && j >= c-4; j-- {
		if toks[j].is("of") {
			return j < c-1 && ofListHead(toks, j)
		}
		if !toks[j].word() || !toks[j].cap {
			return false
		}
	}
	return false
}
