package article

// The first item of a dash list with no colon before it. A roundup often
// introduces its list with a full sentence ("Estas fueron algunas de las
// reacciones.") and each item tells one leader's act in the third
// person: "— El presidente de Chile, Tomás Ibarra, felicitó a X …".
// listItem (gr20_listitem.go) took a dash paragraph for an item only
// after a colon or another item, so the first such item was read as a
// turn of dialogue, an unattributed quotation, and the items after it as
// its next turns. An item that opens with a named person and their verb
// (speech or act, past an auxiliary) is told of that person, not said by
// them: no turn of dialogue opens "— El canciller X dijo que …".

// ml21ThirdPersonItem reports whether the dash paragraph toks opens, past
// its dash, with a phrase naming a person and a verb of saying or acting
// right after it.
func (ix *intl) ml21ThirdPersonItem(toks []token) bool {
	if len(toks) < 5 || !isDash(toks[0]) {
		return false
	}
	p := ix.apposed(toks, 1)
	if p.kind != pName || !ix.isPerson(p) {
		return false
	}
	v := p.hi
	if v < len(toks) && toks[v].is(",") {
		v++ // "— El presidente de Chile, Tomás Ibarra, felicitó"
	}
	for n := 0; n < 2 && v+1 < len(toks) && toks[v].word() && (ix.lx.auxiliaries[toks[v].lower] || ix.lx.clitics[toks[v].lower]); n++ {
		v++
	}
	if v >= len(toks) || !toks[v].word() || toks[v].cap {
		return false
	}
	w := toks[v].lower
	return ix.lx.speechVerbs[w] || ix.verbLike(w)
}
