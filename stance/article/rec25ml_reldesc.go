package article

// A relative of opinion after a person named first and described after
// the name: "Un avis partagé par X, coordonnateur des observateurs de la
// Rencontre africaine (Raddho), pour qui « … »", "la jurista X, profesora
// de la Universidad Central, para quien «…»", "X, chefe da missão da
// CPLP, para quem “…”". relativeAccording (fgr17_relaccording.go) takes
// the person right before the relative's comma, or an office with the
// name in apposition; when a description stands there instead, the
// person is the name before the description's own comma.

// rec25mlDescSpan is how many tokens such a description may have.
const rec25mlDescSpan = 24

// rec25mlDescribedBefore returns the person named before the description
// that ends at the comma toks[c], or an empty phrase. The description may
// hold no sentence mark, quotation, colon or other comma.
func (ix *intl) rec25mlDescribedBefore(toks []token, c int) phrase {
	for k := c - 1; k > 0 && c-k <= rec25mlDescSpan; k-- {
		t := toks[k]
		if t.isTerm() || t.kind == tQuote || t.is(";") || t.is(":") || t.word() && ix.lx.speechVerbs[t.lower] {
			return phrase{}
		}
		if !t.is(",") {
			continue
		}
		if k == c-1 {
			return phrase{}
		}
		p := ix.backward(toks, k-1)
		if p.kind != pName || !ix.isPerson(p) {
			return phrase{}
		}
		return p
	}
	return phrase{}
}

// rec25mlLowerDescription reports whether the description after the
// person d (past d's comma) opens with a lower-case word.
func (ix *intl) rec25mlLowerDescription(toks []token, d phrase) bool {
	k := d.hi + 1
	return d.hi < len(toks) && toks[d.hi].is(",") && k < len(toks) && toks[k].word() && !toks[k].cap
}
