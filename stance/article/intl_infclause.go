package article

import "strings"

// A negated infinitive after a verb of saying, in Spanish and Portuguese:
// "afirmó no reconocer el triunfo de X", "aseguró no tener dudas sobre el
// resultado", "afirmou não reconhecer a vitória de X". The infinitive's
// subject is the speaker's, and what follows is reported as a clause
// after "que" is; with no "que", the sentence had no remark.

// negatedInfinitive reports whether toks[k] is a negation followed by an
// infinitive in a language of infClauseLangs.
func (ix *intl) negatedInfinitive(toks []token, k int) bool {
	ends, ok := infClauseLangs[ix.lx.code]
	if !ok || k+1 >= len(toks) || !toks[k].word() || !ix.lx.negators[toks[k].lower] || !toks[k+1].word() || toks[k+1].cap {
		return false
	}
	if i := rom32FrenchNegation(toks, k); i > k+1 {
		return ix.infinitiveWord(toks[i].lower, ends) // "a dit ne pas reconnaître" (rom32_infinitive.go)
	}
	return ix.infinitiveWord(toks[k+1].lower, ends)
}

// infinitiveWord reports whether w has an infinitive ending of ends (past
// a reflexive "se"), longer than three letters, or is an auxiliary of a
// perfect infinitive ("ter", "haber").
func (ix *intl) infinitiveWord(w string, ends []string) bool {
	if ix.lx.infinitives[w] {
		return true // "disse não ter dúvidas"
	}
	return len([]rune(w)) > 3 && hasAnySuffix(strings.TrimSuffix(strings.TrimSuffix(w, "se"), "-se"), ends...)
}

// bareInfinitive reports whether toks[k], right after a verb of saying,
// is an infinitive that opens its clause: "dijo esperar trabajar con el
// presidente electo", "afirmou estar convencido da vitória de X", "aseguró
// sentirse satisfecho". A word of time or place, a preposition or an
// article ending like an infinitive ("dijo ayer", "disse por …") is none,
// nor is a word with no other after it.
func (ix *intl) bareInfinitive(toks []token, k int) bool {
	ends, ok := infClauseLangs[ix.lx.code]
	if !ok || k+1 >= len(toks) || !toks[k].word() || toks[k].cap || !toks[k+1].word() && toks[k+1].kind != tQuote {
		return false
	}
	w := toks[k].lower
	if ix.lx.stops[w] || ix.lx.notNames[w] || ix.lx.determiners[w] || ix.lx.rolePreps[w] || ix.lx.speechVerbs[w] || rom32NoInfinitive(ix.lx.code, w) {
		return false
	}
	return ix.infinitiveWord(w, ends)
}
