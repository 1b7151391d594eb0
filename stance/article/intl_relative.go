package article

// Acts told in a relative clause. A report often gives a person's act in
// a clause about them before its main verb: "Barack Obama, qui a été l'un
// des premiers à le féliciter, a invité …", "Luis Parra, que felicitó a
// Maduro el lunes, viajará …", "Joe Biden, que parabenizou Lula, …",
// "Игорь Волин, который поздравил Путина, …", "Jan Olk, der dem
// Wahlsieger gratulierte, reist …". The subject relative pronoun (the
// language's subjectRelatives) after the comma that follows a person
// makes that person the subject of the clause's verb, and the act ends
// with the clause. A relative pronoun with another subject after it
// ("que Maduro felicitó") is an object's, and is left alone; German puts
// the verb last, so any words may stand between the pronoun and it.

// relativeSubject returns the person a subject relative pronoun refers
// to when the verb toks[v] is in its clause, and the end of the clause
// (the next comma, or the sentence's end).
func (ix *intl) relativeSubject(toks []token, v int) (phrase, int, bool) {
	r := v - 1
	if q := ix.relativePastAdverbial(toks, v); q > 0 {
		r = q // "X, que ya en la madrugada …, rechazó" (ib18_relativeadverbial.go)
	}
	for r > 0 && v-r <= 8 && toks[r].word() && !ix.lx.subjectRelatives[toks[r].lower] {
		t := toks[r]
		if !ix.lx.capNouns && !ix.nominativeRelative(toks[r:v]) && !(ix.lx.preverbs[t.lower] || ix.lx.auxiliaries[t.lower] || ix.lx.clitics[t.lower] || ix.lx.negators[t.lower]) {
			return phrase{}, 0, false // "que Maduro felicitó": another subject
		}
		r--
	}
	if r >= 2 && toks[r].word() && ix.lx.subjectRelatives[toks[r].lower] {
		r = ix.coordinatedRelative(toks, r) // "X, que disse …, e que felicitou Y" (ibero17_office.go)
	}
	if r < 2 || !toks[r].word() || !ix.lx.subjectRelatives[toks[r].lower] || !toks[r-1].is(",") {
		return phrase{}, 0, false
	}
	p := ix.subjectEnding(toks, ix.pastSelbst(toks, r-2)) // "X selbst, der …" (fgr15_relative.go)
	if !p.ok() || !ix.isPerson(p) {
		if q := ix.appositionBefore(toks, r-1); q.ok() {
			p = q
		}
	}
	if c := ix.originComma(toks, r-1); c > 0 && !ix.isPerson(p) {
		p = ix.subjectEnding(toks, c-1) // "X, de Viseu, que disse …" (ibero17_office.go)
	}
	if !ix.isPerson(p) {
		return phrase{}, 0, false
	}
	end := v + 1
	for end < len(toks) && !toks[end].is(",") && !toks[end].isTerm() {
		end++
	}
	if ix.lx.capNouns && (end >= len(toks) || !toks[end].is(",") && !toks[end].isTerm() || end != v+1) {
		return phrase{}, 0, false // German: the verb ends the clause
	}
	return p, end, true
}

// relativeStart is where the text of an act in a relative clause starts:
// at the words before its verb toks[v] that belong to it (preverbs,
// auxiliaries, clitics, negations), after the relative pronoun.
func (ix *intl) relativeStart(toks []token, v int) int {
	b := v
	for b > 0 && toks[b-1].word() && !ix.lx.subjectRelatives[toks[b-1].lower] {
		b--
	}
	return b
}

// relativeSpeech reports whether the speech verb toks[v] of a subject
// relative clause opens a clause of reported speech (clauseAfter: a
// complementizer, a colon, a perfect infinitive; "Más tajante fue X,
// quien escribió en redes sociales que jamás reconocerá …", "X, qui a
// écrit que …", "chez X, qui dit avoir hâte de …"): the person before
// the pronoun said it, and the clause runs on past the relative clause.
// Without one ("X, que habló ante la prensa") it is left alone.
func (ix *intl) relativeSpeech(toks []token, v int) bool {
	if !ix.lx.speechVerbs[toks[v].lower] || ix.lx.capNouns {
		return false
	}
	return ix.clauseAfter(toks, v+1) >= 0 || ix.judgedObject(toks, v) // "X, который считает выборы сфальсифицированными" (fgr18_judged.go)
}
