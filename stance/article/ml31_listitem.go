package article

// An item of a list that names no person. A list of those who sent
// congratulations, or of the subjects after a verb, may hold a group or a
// party's leadership among the people it names: "Glückwünsche kamen von
// der Parteichefin A, den Spitzen der Volkspartei in Tarsien, dem
// Rechtspopulisten B und dem Chef der Lega, C". coordinatedAfter
// (intl_order.go) stopped at the item that is no person, so the people
// after it lost the act. As the English list rule steps over "the rulers
// of Tarn", such an item is stepped over when it opens with a
// determiner, has at most ml31MaxItem words, holds no verb the rules
// know, and ends at a comma or a conjunction that a person follows.

// ml31MaxItem bounds an item stepped over.
const ml31MaxItem = 8

// ml31ItemEnd returns the index of the comma or conjunction that ends the
// item that is no person starting at toks[j], when a person follows it,
// or -1.
func (ix *intl) ml31ItemEnd(toks []token, j int) int {
	if j >= len(toks) || !toks[j].word() || !ix.lx.determiners[toks[j].lower] {
		return -1
	}
	for e := j + 1; e < len(toks) && e <= j+ml31MaxItem; e++ {
		t := toks[e]
		if !t.word() && !t.is(",") {
			return -1
		}
		if t.word() && (ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.verbLike(t.lower)) {
			return -1
		}
		if !t.is(",") && !ix.lx.conjunctions[t.lower] {
			continue
		}
		n := e + 1
		if t.is(",") && n < len(toks) && toks[n].word() && ix.lx.conjunctions[toks[n].lower] {
			n++
		}
		if ix.isPerson(ix.apposed(toks, n)) {
			return e
		}
		return -1
	}
	return -1
}
