package article

// A long office after an opening adverbial. Reports often set the scene
// before the person ("À Moscou, le vice-président de la commission …,
// X, a salué …", "Dans la région, un haut responsable de …, X, a
// adressé …", "In Brüssel, die Sprecherin des …, X, erklärte …"): the
// office then opens the clause after the adverbial's comma as it would
// open the sentence, and the name between the two commas is the subject.

// openerComma reports whether the comma toks[c] closes an adverbial that
// opens the sentence (openingAdverbial: a preposition first, no verb, no
// office).
func (ix *intl) openerComma(toks []token, c int) bool {
	return c > 0 && toks[c].is(",") && ix.openingAdverbial(toks, c)
}
