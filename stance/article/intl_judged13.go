package article

// A verb of judging with an object and its predicate ("O deputado X
// considerou as eleições transparentes e credíveis", "X consideró la
// elección limpia", "X considerou o resultado uma fraude"): the verb is a
// speech verb with no clause after it (Spanish), or in no list
// (Portuguese, where "considerou que …" stays part of the act before it:
// "reagiu com dureza e considerou que …"), so no remark was read. Its
// object (a determiner and a noun) followed by a predicate (an adjective,
// or a noun after an indefinite article) is the speaker's judgement, read
// as an act whose text runs from the verb. "Consideró las opciones de la
// oposición" names no predicate and stays unread.

// judgedObject reports whether the verb of judging toks[v] takes an
// object and a predicate.
func (ix *intl) judgedObject(toks []token, v int) bool {
	lx := ix.lx
	k := v + 1
	if ix.ruJudgedObject(toks, v) {
		return true // "считает выборы сфальсифицированными" (fgr18_judged.go)
	}
	if ix.judgedPredicateFirst(toks, v) {
		return true // "considerou prematuro qualquer comentário" (ibero16_judged.go)
	}
	if !judgedVerbs[lx.code][toks[v].lower] || k+2 >= len(toks) || !toks[k].word() || !lx.determiners[toks[k].lower] {
		return false
	}
	noun, pred := toks[k+1], toks[k+2]
	if !noun.word() || noun.cap || lx.stops[noun.lower] || lx.determiners[noun.lower] || !pred.word() || pred.cap {
		return false
	}
	if ix.side().objects[pred.lower] {
		return true // "o resultado uma fraude"
	}
	if k+3 < len(toks) && toks[k+3].word() && (lx.rolePreps[toks[k+3].lower] || judgedAttributivePreps[lx.code][toks[k+3].lower]) {
		return false // "avaliou a situação política com os ministros": an adjective of the noun, then its complement
	}
	return !lx.stops[pred.lower] && !lx.determiners[pred.lower] && !lx.rolePreps[pred.lower] && !lx.conjunctions[pred.lower] &&
		!lx.complementizers[pred.lower] && !lx.speechVerbs[pred.lower] && !ix.verbLike(pred.lower)
}
