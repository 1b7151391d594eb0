package article

// frontedAt reports whether toks[i], the word right before a subject,
// opens its clause without being part of the subject or a verb's object:
// an adverb news prose puts first ("Já o ministro …, X, afirmou",
// "Também o Presidente chinês, X, felicitou", "Aussi le …") or a
// relative adverb of place ("…, où le porte-parole …, X, a indiqué"),
// at the start of the sentence or after a punctuation mark. An office
// with a name in apposition after such a word is the clause's subject,
// as after a preposition.
func (ix *intl) frontedAt(toks []token, i int) bool {
	if i < 0 || !toks[i].word() {
		return false
	}
	w := toks[i].lower
	if !ix.lx.notNames[w] && !ix.side().where[w] {
		return ix.sentenceConjunction(toks, i) // "Y el senador X, …, recordó" (ibero15_clause.go)
	}
	return i == 0 || toks[i-1].kind == tPunct && !toks[i-1].is("(")
}
