package article

// An adverbial between a colon and a verb whose subject is dropped: "X no
// esperó ni al final del recuento: antes de la medianoche ya contaba en
// Twitter que …", "X foi mais longe: durante a noite eleitoral acusou o
// Governo de …". The colon hands the clause after it to the person named
// before it (droppedSubject, droppedAct) when the verb follows the colon
// at once; a reporter as often puts when or where first, without a
// comma. The adverbial must open with a preposition (the language's stops
// or iberoComplexPreps) and hold only lower-case words that are no verb
// the rules know, and a determiner only after a preposition, so that a
// clause with a subject of its own (": antes de la medianoche el tribunal
// anunció …", ": en Caracas, Maduro dijo …") is left alone.

// maxColonAdverbial bounds the adverbial's words.
const maxColonAdverbial = 10

// colonAdverbial returns the colon before an adverbial that ends with
// toks[b], right before a verb (past its preverbs), or b when there is
// none.
func (ix *intl) colonAdverbial(toks []token, b int) int {
	if !droppedActLangs[ix.lx.code] || b < 2 || !toks[b].word() {
		return b
	}
	for c := b - 1; c > 0 && c >= b-maxColonAdverbial; c-- {
		t := toks[c]
		if t.is(":") {
			first := toks[c+1]
			if first.word() && (ix.lx.stops[first.lower] || matchPhrase(toks, c+1, iberoComplexPreps[ix.lx.code]) > 0) && !ix.lx.conjunctions[first.lower] && !ix.lx.complementizers[first.lower] {
				return c
			}
			return b
		}
		if !t.word() || t.cap || ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.verbLike(t.lower) {
			return b
		}
		if ix.lx.determiners[t.lower] && c > 0 && toks[c-1].word() && !ix.lx.stops[toks[c-1].lower] && !ix.lx.rolePreps[toks[c-1].lower] {
			return b // ": antes de la medianoche el tribunal anunció …": a noun phrase after a noun opens the clause's subject
		}
	}
	return b
}
