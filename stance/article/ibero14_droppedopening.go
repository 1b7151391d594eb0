package article

// Two openings droppedAct (intl_droppedact12.go) did not read, in Spanish
// and Portuguese reports that name a person and let the next sentence
// drop the subject:
//   - the person opened the previous sentence after a place or time
//     adverbial ("Em Lisboa, o Presidente X falou com os dois candidatos.
//     …, felicitou Y", "En Bogotá, la canciller X habló con … . Felicitó
//     …"): the subject still opens its clause, though not its first two
//     tokens;
//   - the verb follows a source that is a document, not a person
//     ("Segundo uma nota publicada no sítio da Presidência, felicitou
//     …", "Según un comunicado de la Cancillería, felicitó …"): the
//     document reports the act of the person just named;
//   - the verb follows a single sentence adverb and its comma
//     ("Depois, felicitou …", "Después, felicitó …").

// openedAfterAdverbial reports whether the person named at lo in the
// previous sentence stands right after an opening adverbial and its
// comma.
func (ix *intl) openedAfterAdverbial(lo int) bool {
	toks := ix.prevSent.toks
	return droppedActLangs[ix.lx.code] && lo >= 2 && lo < len(toks) && toks[lo-1].is(",") && ix.openingAdverbial(toks, lo-1)
}

// documentOpening reports whether toks[:b], before the comma toks[b],
// is an attribution word and a document ("Segundo uma nota …"): a
// source noun within three words of it, and no person named.
func (ix *intl) documentOpening(toks []token, b int) bool {
	n := ix.according(toks, 0)
	if !droppedActLangs[ix.lx.code] || n == 0 || b <= n || !toks[b].is(",") {
		return false
	}
	doc := false
	for k := n; k < b; k++ {
		t := toks[k]
		if !t.word() || ix.lx.isRole(t.lower) {
			return false
		}
		doc = doc || k <= n+2 && ix.lx.sourceNouns[t.lower]
	}
	return doc
}

// adverbOpening reports whether toks[:b], before the comma toks[b], is a
// single sentence adverb ("Depois, felicitou …", "Además, exigió …",
// "Asimismo, pidió …"): like an opening adverbial, it leaves the verb
// after the comma with the subject the sentence drops.
func (ix *intl) adverbOpening(toks []token, b int) bool {
	return droppedActLangs[ix.lx.code] && b == 1 && toks[b].is(",") && toks[0].word() && ix.lx.notNames[toks[0].lower] && !ix.lx.determiners[toks[0].lower] && !ix.lx.negators[toks[0].lower]
}
