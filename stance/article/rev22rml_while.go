package article

// The verb after the second person of a contrast. rec22ml_while.go gives
// a person named right after "mientras que", "tandis que", "ao passo que"
// or "тогда как" an act of their own. The clause is often not a reaction
// at all but the rest of the news: a vote share ("mientras que el tercer
// candidato, X, quedó lejos con el 5 %", "tandis que X n'a obtenu que
// 4 %", "тогда как кандидат X набрал лишь 4 %") or a person who is the
// object ("тогда как лидера коммунистов X он даже не упомянул"). The
// person acts only when the verb that follows is one the lexicon knows
// for speaking or acting, or a verb of keeping with its silence ("guardó
// silencio", not "ficou em terceiro lugar"), past auxiliaries, clitics and
// negators; a reflexive verb ("s'est réjoui", "se mostró") is a reaction
// as well.

// rev22rmlWhileVerb reports whether the verb group at toks[v] is one of
// speaking, acting, keeping silent or recognising.
func (ix *intl) rev22rmlWhileVerb(toks []token, v int) bool {
	lx := ix.lx
	for k := v; k < len(toks) && k < v+4 && toks[k].word() && !toks[k].cap; k++ {
		w := toks[k].lower
		if lx.speechVerbs[w] || ix.verbLike(w) && !lx.negators[w] || ix.keptSilence(toks, k) || lx.refusals[w] || lx.recognition(w) {
			return true
		}
		if lx.reflexives[w] {
			return k+1 < len(toks) && toks[k+1].word() && !toks[k+1].cap
		}
		if !lx.auxiliaries[w] && !lx.clitics[w] && !lx.negators[w] && !lx.notNames[w] {
			return false
		}
	}
	return false
}
