package article

// A sentence opened by its subject's own source: "Selon son porte-parole,
// elle l'a félicité", "Según su portavoz, él felicitó al ganador",
// "Segundo o seu porta-voz, ela telefonou ao vencedor". The source (a
// spokesperson, an aide, the office) is the possessor's, and the pronoun
// after the comma is the possessor: the act is the person named before
// (whom the pronoun stands for), not the spokesperson's. The attribution
// is then no speaker: the clause is read from its own subject and verbs,
// as "Elle l'a félicité" is. "Selon le porte-parole, elle …" (no
// possessive) and "Selon son porte-parole, le gouvernement …" (no
// pronoun) keep the attribution.

// rom22OwnSource reports whether the attribution whose source starts at
// toks[j] and whose comma is toks[comma] is the subject's own source: the
// source opens with a possessive of the third person (after a definite
// article in Portuguese, "o seu porta-voz") and a subject pronoun follows
// the comma.
func (ix *intl) rom22OwnSource(toks []token, j, comma int) bool {
	own := rom22OwnPossessives[ix.lx.code]
	if own == nil || j >= comma || comma+1 >= len(toks) || !toks[comma].is(",") {
		return false
	}
	if ix.lx.definite[toks[j].lower] && j+1 < comma {
		j++
	}
	return own[toks[j].lower] && toks[comma+1].word() && ix.lx.pronouns[toks[comma+1].lower]
}
