package article

// A name that ends an opening adverbial is the object of its preposition,
// not a first subject coordinated with the subject after its comma: "Dès
// l'annonce des chiffres par la Commission électorale, X, candidat …, a
// refusé …", "Nach der Rede von Präsident Y, X …". coordinated read "la
// Commission électorale, X" as a list and gave X's act to both.

// prepositionObject reports whether the phrase q follows a preposition
// (a stop that is no conjunction, complementizer or day), directly or
// past a determiner.
func (ix *intl) prepositionObject(toks []token, q phrase) bool {
	i := q.lo - 1
	if i >= 0 && toks[i].word() && ix.lx.determiners[toks[i].lower] {
		i-- // "par la Commission": the phrase left its article out
	}
	if i < 0 || !toks[i].word() {
		return false
	}
	w := toks[i].lower
	return ix.lx.stops[w] && !ix.lx.conjunctions[w] && !ix.lx.complementizers[w] && !ix.lx.notNames[w]
}
