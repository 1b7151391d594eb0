package article

// Two mistakes of the coordination before a plural or shared verb
// (coordinated, intl_reported.go), found probing Spanish and Portuguese:
//
//   - "Marta Solís, del Partido Verde, y Luis Peral, del Partido Azul,
//     felicitaron a Velor": the party in apposition to each name was read
//     as one more subject ("Partido Verde"); it is skipped, and the name
//     before it read;
//   - "Marta Solís felicitou Ana Velor, enquanto Luís Peral … rejeitou o
//     resultado": the object of the first clause's verb, before the comma,
//     was read as a subject who shared the second verb; a name right after
//     a listed verb is its object; so is a name in apposition to an
//     office right after one ("Marta Solís felicitou a vencedora, Ana
//     Velor, e Luís Peral rejeitou o resultado": was Ana Velor rejected).

// complementApposition returns the index of the preposition that opens an
// apposition of place or party between commas ending with the phrase q
// (", del Partido Verde,", ", de Israel,"; placeAt), or 0.
func (ix *intl) complementApposition(toks []token, q phrase) int {
	if !q.ok() {
		return 0
	}
	i := q.lo - 1
	if toks[q.lo].word() && ix.lx.rolePreps[toks[q.lo].lower] {
		i = q.lo // the phrase took the preposition as a particle ("del Partido Verde")
	}
	if i < 2 || !toks[i-1].is(",") || !ix.placeAt(toks, i, q.hi) {
		return 0
	}
	return i
}

// listedVerbObject reports whether the phrase q follows a lower-case verb
// of the lists (speech, stance, sending): it is that verb's object.
func (ix *intl) listedVerbObject(toks []token, q phrase) bool {
	if !q.ok() || q.lo < 1 || !toks[q.lo-1].word() || toks[q.lo-1].cap {
		return false
	}
	w := ix.verbWord(toks, q.lo-1)
	return ix.lx.speechVerbs[w] || ix.verbLike(w) && !ix.lx.negators[w]
}

// objectOfficeBefore reports whether the name q stands in apposition
// after a noun that follows a lower-case verb of the lists, past a
// determiner or the personal "a" ("felicitou a vencedora, Ana Velor,",
// "felicitó a la ganadora, Ana Velor,"): the name is that verb's object,
// no subject.
func (ix *intl) objectOfficeBefore(toks []token, q phrase) bool {
	r := q.lo - 2
	if !q.ok() || r < 2 || !toks[q.lo-1].is(",") || !toks[r].word() || toks[r].cap || ix.lx.stops[toks[r].lower] {
		return false
	}
	lo := r
	for n := 0; n < 2 && lo > 1 && toks[lo-1].word() && (ix.lx.determiners[toks[lo-1].lower] || iberoAddresseePreps[ix.lx.code][toks[lo-1].lower]); n++ {
		lo--
	}
	return lo < r && ix.listedVerbObject(toks, phrase{kind: pRole, lo: lo, hi: r + 1})
}
