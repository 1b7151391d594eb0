package article

// An office after a speech verb, then the person it is, described again
// and named, to the end of the clause: "«…», a estimé sa cheffe,
// l'ancienne ministre béninoise X.", "—afirmó su jefa, la exministra X.",
// "«…», disse o seu presidente, o deputado X.", "„…“, sagte ihr Chef,
// der frühere Minister X." The office alone ("sa cheffe") is no one; the
// name with an office of its own after the comma is the same person
// described twice (apposition in intl.go leaves such a name out, since
// after a comma it may as well open a list, and titledAfter takes it
// only when a comma closes it). Here nothing but the end of the clause may
// follow the name, and no conjunction stands inside it, so it is no list.

// rec25mlTitledTail returns the person named with an office in apposition
// to the office p after a comma, when the name runs to a punctuation mark
// or the end, or p.
func (ix *intl) rec25mlTitledTail(toks []token, p phrase) phrase {
	if p.kind != pRole || p.hi+2 >= len(toks) || !toks[p.hi].is(",") || !toks[p.hi+1].word() {
		return p
	}
	a := ix.forward(toks, p.hi+1)
	if a.kind != pName || !ix.isPerson(a) || a.lo != p.hi+1 {
		return p
	}
	if a.hi < len(toks) && (toks[a.hi].kind != tPunct || toks[a.hi].is("(")) {
		return p
	}
	if a.role == "" || (!ix.hasOffice(a.role) && !ix.lx.determiners[toks[a.lo].lower]) {
		return p // "son chef, Marc Leroy" is apposition's own case
	}
	for i := a.lo; i < a.hi; i++ {
		if toks[i].word() && ix.lx.conjunctions[toks[i].lower] {
			return p
		}
	}
	return a
}
