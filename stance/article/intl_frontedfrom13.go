package article

// A place fronted with "de" opens a sentence as "desde" does: "De
// Lisboa, o Presidente X enviou uma mensagem …", "De Madrid, el
// presidente X felicitó …". "De" and a capitalised word read as a name
// with a particle ("De Lisboa"), which the coordination before a subject
// took for a first subject (coordinated): a bogus speaker who shared the
// act. A phrase that opens the sentence with a capitalised word of
// fromWords ("De", "Do", "Da"), one word after it and then the comma, is
// that place. Only in Spanish and Portuguese: French "De Villepin" is a
// name.

// frontedFrom reports whether the phrase q opens the sentence with a
// capitalised word of the language's fromWords and one word after it,
// before a comma.
func (ix *intl) frontedFrom(toks []token, q phrase) bool {
	if ix.lx.code != "es" && ix.lx.code != "pt" {
		return false
	}
	return q.lo == 0 && q.hi == 2 && q.hi < len(toks) && toks[q.hi].is(",") && toks[0].cap && ix.lx.fromWords[toks[0].lower]
}
