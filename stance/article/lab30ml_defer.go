package article

// A judgement or a congratulation put off is withheld, told in the past
// as well as promised: "aplazó cualquier saludo al vencedor hasta que el
// tribunal se pronuncie", "a ministra adiou as felicitações", "отложили
// выводы", "Окончательную оценку миссия отложила до итогового доклада".
// cond22's hold verbs (lexicon_cond22.go) are first-person futures
// ("aplazaremos las felicitaciones hasta …"); the reported past gave no
// act at all, so the speaker went without a stance or kept another
// remark's. A past verb of putting off (lab30mlDeferVerbs) with a word
// of judgement or recognition (lab30mlDeferObjects, cond22Recognition)
// up to four words after it, or, in the object-first order of Russian
// and German, three words before it, is an act, and withholding. Not
// when a negation stands right before the verb ("no aplazó su
// felicitación"): that congratulates at once. A trip, a vote or a
// meeting put off ("aplazó el viaje hasta el lunes") is neither.

// lab30mlDeferAfter and lab30mlDeferBefore are how far after or before
// the verb its object may stand.
const (
	lab30mlDeferAfter  = 4
	lab30mlDeferBefore = 3
)

// lab30mlDeferAt reports whether toks[v] puts off a judgement or a
// congratulation (see above): an act.
func (ix *intl) lab30mlDeferAt(toks []token, v int) bool {
	if !toks[v].word() || !lab30mlDeferVerbs[ix.lx.code][toks[v].lower] {
		return false
	}
	lo, hi := v, v+1
	for lo > 0 && v-lo < lab30mlDeferBefore && toks[lo-1].word() {
		lo--
	}
	for hi < len(toks) && hi-v <= lab30mlDeferAfter && toks[hi].word() {
		hi++
	}
	if hi < len(toks) && toks[hi].is(":") {
		return false // "отложили выводы: Евросоюз, по их словам, …": what follows the colon is the remark (fgr18)
	}
	for end := hi + rev30lmlDeferComplementSpan; hi < len(toks) && hi < end && toks[hi].word(); {
		hi++ // the judgement's complement, read by rev30lmlOtherJudgement
	}
	words := lowerWords(toks[lo:hi])
	return lab30mlDeferred(ix.lx.code, words)
}

// lab30mlDeferred reports whether words (of a run in the language code)
// put off a judgement or a congratulation (see above).
func lab30mlDeferred(code string, words []string) bool {
	verbs, lx := lab30mlDeferVerbs[code], lexicons[code]
	if verbs == nil || lx == nil {
		return false
	}
	for v, w := range words {
		if !verbs[w] || v > 0 && lx.negators[words[v-1]] {
			continue
		}
		for k := max(0, v-lab30mlDeferBefore); k < len(words) && k <= v+lab30mlDeferAfter; k++ {
			if k > v && rev30lmlOtherJudgement(code, words, k) {
				continue // "aplazó su evaluación de los aranceles" (rev30lml_narrow.go)
			}
			if k != v && (hasStem(words[k:k+1], lab30mlDeferObjects[code]) || cond22Recognition(code, words[k])) {
				return true
			}
		}
	}
	return false
}
