package article

// A purpose clause after a verb in the pluperfect or perfect: "Y contó
// que X había llamado esa noche al candidato del Frente y a su futuro
// vicepresidente para felicitarlos", "X tinha telefonado ao Presidente
// eleito para o felicitar". purposeCongratulation read the purpose only
// after a preterite ("llamó … para felicitarlo"); reporters tell the same
// call with an auxiliary and a participle, as often in reported speech,
// and with a longer object (two people called), so the purpose may stand
// up to fourteen words after the participle.

// iberoPerfectAt reports whether toks[v] is a participle right after a
// perfect auxiliary, past one adverb ("había ya llamado").
func (ix *intl) iberoPerfectAt(toks []token, v int) bool {
	aux := iberoPerfectAux[ix.lx.code]
	if aux == nil || !toks[v].word() || !hasAnySuffix(toks[v].lower, perfectParticipleEnds...) {
		return false
	}
	for a := v - 1; a >= 0 && a >= v-2 && toks[a].word(); a-- {
		if aux[toks[a].lower] {
			return true
		}
		if !ix.lx.preverbs[toks[a].lower] {
			return false
		}
	}
	return false
}
