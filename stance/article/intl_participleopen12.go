package article

// An opening participle and a second verb with the subject dropped, in
// Spanish and Portuguese: "Preguntada por el empate, dijo que …",
// "Questionado sobre a votação, defendeu a cautela e disse que …". A
// reporter who has just named a person opens the next sentence with what
// was asked of them, or runs two verbs with no subject, and the speaker
// is the person named (droppedSubject, droppedAct).

// participleOpening reports whether toks[:b] (b a comma) opens with a
// capitalised participle and a preposition after it ("Preguntada por",
// "Interrogado sobre", "Questionada sobre"), no verb the rules know and
// no other capitalised word but a place or a body after the preposition.
func (ix *intl) participleOpening(toks []token, b int) bool {
	if !iberoTitleLangs[ix.lx.code] || b < 3 || b > 10 || !toks[0].word() || !toks[0].cap || !hasAnySuffix(toks[0].lower, participleEnds...) {
		return false
	}
	if !toks[1].word() || !ix.lx.stops[toks[1].lower] && !ix.lx.agents[toks[1].lower] && !participleLinks[toks[1].lower] {
		return false
	}
	for _, t := range toks[2:b] {
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.verbLike(t.lower) {
			return false
		}
	}
	return true
}

// subjectlessBefore reports whether the clause before the conjunction
// toks[b] is a verb with its subject dropped: from the sentence's start,
// or an opening adverbial's comma, a verb of speech or of acting (past
// preverbs) and then no capitalised word, comma or quotation up to b
// ("Preguntada por X, defendió la autodeterminación de los pueblos y
// dijo que …").
func (ix *intl) subjectlessBefore(toks []token, b int) bool {
	if !iberoTitleLangs[ix.lx.code] || b < 2 || !toks[b].word() || !ix.lx.conjunctions[toks[b].lower] {
		return false
	}
	s := 0
	if c := firstComma(toks, b); c > 0 {
		if !ix.openingAdverbial(toks, c) {
			return false
		}
		s = c + 1
	}
	for s < b && toks[s].word() && (ix.lx.preverbs[toks[s].lower] || ix.lx.clitics[toks[s].lower]) {
		s++
	}
	if s >= b || !toks[s].word() || !ix.lx.speechVerbs[toks[s].lower] && !ix.lx.actionVerbs[toks[s].lower] {
		return false
	}
	for _, t := range toks[s+1 : b] {
		if !t.word() || t.cap {
			return false
		}
	}
	return true
}

// firstComma returns the index of the first comma before b, or -1.
func firstComma(toks []token, b int) int {
	for i := 0; i < b; i++ {
		if toks[i].is(",") {
			return i
		}
	}
	return -1
}
