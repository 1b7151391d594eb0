package article

import "strings"

// A stance or speech verb in a compound tense ("la candidata X había
// admitido su derrota", "X ha aceptado los resultados", "X tinha
// reconhecido a vitória"): the lexicons list the verbs' simple forms and
// only a few participles, so the pluperfect a reporter uses for an act
// told out of order, or the perfect of a recent one, went unread. A
// regular participle right after a perfect auxiliary (past one adverb:
// "había ya admitido") is read as the verb whose preterite it is
// (perfectAuxes, participleFinites in lexicon_perfect.go). Only after the
// auxiliary: the same participle after "fue" or "foi" is a passive whose
// actor follows ("fue rechazado por el tribunal").

// perfectKinds reports whether toks[v] is the participle of a stance
// verb (action) or a speech verb (speech) of the language, in a compound
// tense.
func (ix *intl) perfectKinds(toks []token, v int) (action, speech bool) {
	if !ix.afterPerfectAux(toks, v) {
		return false, false
	}
	w := toks[v].lower
	if f, ok := irregularParticiples[ix.lx.code][w]; ok {
		return ix.lx.actionVerbs[f], ix.lx.speechVerbs[f] // "había pedido"
	}
	for _, e := range participleFinites[ix.lx.code] {
		stem, ok := strings.CutSuffix(w, e[0])
		if !ok || stem == "" {
			continue
		}
		f := stem + e[1]
		action = action || ix.lx.actionVerbs[f]
		speech = speech || ix.lx.speechVerbs[f]
	}
	return action, speech
}

// afterPerfectAux reports whether a perfect auxiliary of the language
// comes right before toks[v], or before one adverb before it.
func (ix *intl) afterPerfectAux(toks []token, v int) bool {
	auxes := perfectAuxes[ix.lx.code]
	if auxes == nil || v == 0 || !toks[v].word() {
		return false
	}
	a := v - 1
	if a > 0 && toks[a].word() && ix.lx.preverbs[toks[a].lower] && !auxes[toks[a].lower] && !ix.lx.negators[toks[a].lower] {
		a-- // "había ya admitido", "tinha já rejeitado"
	}
	return toks[a].word() && auxes[toks[a].lower]
}

// perfectMaker reports whether toks[v] is, in a compound tense, the
// participle of a verb of making clear or known ("había hecho saber que",
// "ha dejado claro que", "tinha deixado claro que"): read as its
// preterite, which periphrasisAt knows ("hizo saber que").
func (ix *intl) perfectMaker(toks []token, v int) bool {
	pl := periphrases[ix.lx.code]
	if !ix.afterPerfectAux(toks, v) {
		return false
	}
	w := toks[v].lower
	if f, ok := irregularParticiples[ix.lx.code][w]; ok {
		return pl.makers[f]
	}
	for _, e := range participleFinites[ix.lx.code] {
		if stem, ok := strings.CutSuffix(w, e[0]); ok && stem != "" && pl.makers[stem+e[1]] {
			return true
		}
	}
	return false
}
