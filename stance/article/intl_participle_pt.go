package article

// Portuguese stance participles in a compound tense ("Rui Mota tinha
// classificado o escrutínio como …", "tem rejeitado os resultados"): an
// act only right after a perfect auxiliary, because the same participle
// after "foi" is a passive whose actor follows ("foi rejeitado pelo
// tribunal").

// perfectParticiple reports whether toks[v] is a Portuguese stance
// participle right after a perfect auxiliary, past one adverb ("tinha já
// rejeitado").
func (ix *intl) perfectParticiple(toks []token, v int) bool {
	if ix.lx.code != "pt" || !ptPerfectParticiples[toks[v].lower] {
		return false
	}
	for a := v - 1; a >= 0 && a >= v-2 && toks[a].word(); a-- {
		if ptPerfectAux[toks[a].lower] {
			return true
		}
	}
	return false
}
