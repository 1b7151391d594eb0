package article

// whoseOwner returns the person whose office, government or campaign is
// the subject ph of a ", whose" clause ("Prime Minister Anu Vaher, whose
// government congratulated W on Monday, said …"; "Ivo Kask, whose
// campaign rejected the count, …"): reporters give such a body's act to
// its owner, as the reader does for "Her office said" (proxyOwner). ph is
// one proxyBodies word right after ", whose" and the owner a name right
// before the comma; otherwise ph is returned as it is ("X, whose party
// had backed Y" keeps the party, "X, whose son works for …" the son).
func (x *extractor) whoseOwner(toks []token, ph phrase) phrase {
	if !whoseRelative(toks, ph) || ph.hi != ph.lo+1 || !proxyBodies[toks[ph.lo].lower] || ph.lo < 3 {
		return ph
	}
	owner := backward(x.text, toks, ph.lo-3)
	if owner.kind != pName || owner.hi != ph.lo-2 {
		return ph
	}
	return owner
}
