package article

// A second verb after a colon whose first verb opens the clause with no
// subject, in Spanish or Portuguese: "X arremetió contra la ganadora:
// calificó a Y de «…» y dijo que …", "X foi duro: denunciou … e disse
// que …". The colon's clause has the subject of the sentence before the
// colon (droppedSubject reads its first verb so), and the verb after the
// conjunction shares it: droppedSubject gives it the person named before
// the colon, as it does for a verb right after the colon.

// colonConjoined reports whether toks[b], right before a verb, is a
// conjunction that joins it to a verb opening the clause after a colon:
// between the colon and the conjunction no comma, semicolon or sentence
// end, and the colon after the person named last in the sentence.
func (ix *intl) colonConjoined(toks []token, b int) bool {
	if !iberoLangs17[ix.lx.code] || b < 2 || !toks[b].word() || !ix.lx.conjunctions[toks[b].lower] {
		return false
	}
	c := b - 1
	for c > 0 && !toks[c].is(":") {
		if toks[c].is(",") || toks[c].is(";") || toks[c].isTerm() {
			return false
		}
		c--
	}
	if c <= 0 || c+1 >= b || ix.lastNamedSent != ix.x.sentNo || ix.lastNamedLo >= c {
		return false
	}
	f := c + 1
	for f < b && toks[f].word() && (ix.lx.preverbs[toks[f].lower] || ix.lx.clitics[toks[f].lower]) {
		f++ // ": no aceptó …", ": se negó a …"
	}
	if f >= b || !toks[f].word() || toks[f].cap {
		return false
	}
	action, speech := ix.verbKinds(toks, f, ix.verbWord(toks, f))
	return action || speech
}
