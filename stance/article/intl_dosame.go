package article

// "Did the same": a roundup tells that others did what the last actor
// did without repeating the verb, with the verb "do" and a word for "the
// same" ("ese mismo día hicieron lo propio A, el colombiano B y el primer
// ministro de C, D", "Luis Parra hizo lo mismo", "Rui Mota fez o mesmo",
// "Paul Berg a fait de même", "Eva Lind tat es ihm gleich", "Олег Жарков
// сделал то же самое"). It is a follow verb (followAt): the act copies the
// last act of the two sentences before (addFollow), its subject before
// the verb or, in the Romance languages, a person named in full right
// after the phrase, with those listed after them (coordinatedAfter).

// doSameAt returns the token after a "do the same" phrase whose verb is
// toks[v], or -1.
func (ix *intl) doSameAt(toks []token, v int) int {
	d, ok := doSame[ix.lx.code]
	if !ok || !d.verbs[toks[v].lower] {
		return -1
	}
	if n := matchPhrase(toks, v+1, d.phrases); n > 0 {
		return v + 1 + n
	}
	return -1
}

// sameDoer returns the person named in full right after a "do the same"
// phrase at toks[v] ("hicieron lo propio A, B y C"), in a language that
// is not of free order or capitalised nouns, or an empty phrase.
func (ix *intl) sameDoer(toks []token, v int) phrase {
	e := ix.doSameAt(toks, v)
	if e < 0 || ix.lx.capNouns || ix.lx.freeOrder {
		return phrase{}
	}
	if q := ix.apposed(toks, e); ix.isPerson(q) {
		return q
	}
	return phrase{}
}
