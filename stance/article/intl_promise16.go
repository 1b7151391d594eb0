package article

// A promise, threat or decision to act on the result is an act toward it,
// as "vowed to challenge the result" is in English: "Carlos Mena prometió
// impugnar los resultados", "prometeu contestar os resultados na
// justiça", "a promis de contester le verdict", "пообещал оспорить итоги
// в суде", "amenazó con desconocer el resultado". Before, only the
// periphrases of repeating or hastening (periphrasisAt) took an
// infinitive, so these sentences gave nothing.

// promiseAt reports whether toks[v] promises, threatens or decides to act
// on the result: one of promiseVerbs, then (past a preposition of
// promisePreps, where required, and a negation) one of promiseInf.
func (ix *intl) promiseAt(toks []token, v int) bool {
	code := ix.lx.code
	if !toks[v].word() || !promiseVerbs[code][toks[v].lower] {
		return false
	}
	k := v + 1
	if k < len(toks) && toks[k].word() && promisePreps[code][toks[k].lower] {
		k++
	} else if code == "fr" {
		return false // "a promis un recomptage": no infinitive
	}
	for n := 0; n < 2 && k < len(toks) && toks[k].word() && ix.lx.negators[toks[k].lower]; n++ {
		k++ // "prometió no reconocer", "a promis de ne pas reconnaître"
	}
	return k < len(toks) && toks[k].word() && promiseInf[code][toks[k].lower]
}
