package article

import "strings"

// An aside between a speech verb and its complementizer. Wire copy puts
// when, where or in what circumstances a person spoke between commas
// after the verb: "aseguró el domingo, con pocas mesas computadas, que
// …", "a déclaré lundi, à l'issue d'une réunion, que …", "disse na
// segunda-feira, depois de uma reunião, que …". The clause after the
// complementizer is still what the verb reports. A comma right before
// the complementizer otherwise opens a relative clause ("contó X, que
// vende …", clauseAfter), so the aside must be a phrase that opens with a
// preposition or a gerund, after at most a short adverbial, and hold no
// verb of its own that the lexicon knows.

// rec22mlAsideClause returns the index after the complementizer that
// follows an aside between commas after the verb (toks[from] is the first
// token after the verb or its subject), or -1.
func (ix *intl) rec22mlAsideClause(toks []token, from int) int {
	if ix.lx.inflected || ix.lx.capNouns {
		return -1 // German and Russian read a comma clause themselves
	}
	k := from
	for ; k < len(toks) && k < from+6 && !toks[k].is(","); k++ {
		if !ix.rec22mlAsideWord(toks[k]) {
			return -1
		}
	}
	if k+2 >= len(toks) || !toks[k].is(",") || !ix.rec22mlAsideOpener(toks, k+1) {
		return -1
	}
	c := k + 1
	for ; c < len(toks) && c <= k+14 && !toks[c].is(","); c++ {
		if !ix.rec22mlAsideWord(toks[c]) {
			return -1
		}
	}
	if c-k < 3 || c+1 >= len(toks) || !toks[c].is(",") || !toks[c+1].word() {
		return -1
	}
	switch w := toks[c+1].lower; {
	case ix.lx.complementizers[w]:
		return c + 2
	case ix.lx.code == "fr" && strings.HasPrefix(w, "qu'") && len(w) > 3:
		return c + 1 // "qu'il": the elided complementizer is one token with its subject
	}
	return -1
}

// rec22mlAsideWord reports whether t may stand in an adverbial or an
// aside: a word or a number that is no verb of speech or acting and no
// complementizer.
func (ix *intl) rec22mlAsideWord(t token) bool {
	if t.kind == tQuote || t.isTerm() || t.is(";") || t.is(":") {
		return false
	}
	if !t.word() {
		return true // a number, a percent sign, a parenthesis
	}
	return !ix.lx.speechVerbs[t.lower] && !ix.verbLike(t.lower) && !ix.lx.complementizers[t.lower] && !strings.HasPrefix(t.lower, "qu'")
}

// rec22mlAsideOpener reports whether toks[k] opens an aside: a
// preposition ("con", "tras", "à", "após"), an adverb before one
// ("depois de", "después de") or a gerund ("tras reunirse" is the first,
// "citando fuentes" the second).
func (ix *intl) rec22mlAsideOpener(toks []token, k int) bool {
	t := toks[k]
	if ix.preposition(t) || k+1 < len(toks) && t.word() && !t.cap && ix.rec22mlAsideWord(t) && ix.preposition(toks[k+1]) && !ix.lx.determiners[t.lower] {
		return true // "con …", "depois de …", "lors de …"
	}
	if !t.word() || t.cap {
		return false
	}
	for _, e := range []string{"ando", "iendo", "endo", "indo"} {
		if strings.HasSuffix(t.lower, e) && len(t.lower) > len(e)+2 && ix.lx.code != "fr" {
			return true
		}
	}
	return false
}
