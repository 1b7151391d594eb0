package article

// A sentence that opens with a place ("À New York, le secrétaire général
// …, X, s'est dit …", "In Moskau sagte X …", "В Москве, по словам …")
// names the place first, but the place is no person: it is not the
// sentence's subject, and a pronoun in the next sentence ("Il a demandé
// …") must not refer back to it. mentions skips the capitalised words
// after an opening preposition of place when they end at a comma or, in
// German, before a lower-case word (the verb second: "In New York sagte
// …"); in French and Russian a name may follow the place without a comma
// ("à Abidjan Mariam Koné", "В Москве Иван Петров заявил"), and is kept.

// openingPlace returns the index after a place that opens the sentence
// toks after one of placeOpeners (toks[0]), or 0: the place is the
// capitalised words from toks[1], which end at a comma or (German) before
// a lower-case word.
func (ix *intl) openingPlace(toks []token, i int) int {
	if i != 1 || !toks[0].word() || !placeOpeners[ix.lx.code][toks[0].lower] {
		return 0
	}
	e := i
	for e < len(toks) && toks[e].word() && toks[e].cap && !ix.lx.isRole(toks[e].lower) {
		e++
	}
	if e == i || e >= len(toks) {
		return 0
	}
	if toks[e].is(",") || ix.lx.code == "de" && toks[e].word() && !toks[e].cap {
		return e
	}
	return 0
}
