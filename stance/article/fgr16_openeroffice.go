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

// longOfficeAt returns the person named in apposition after a long office
// that opens at toks[s] (the sentence's start or an opening adverbial's
// comma before it), or an empty phrase: the office the phrase rules do not
// parse whole ("un responsable de la Cédéao, X,") still has its name
// between the two commas.
func (ix *intl) longOfficeAt(toks []token, s int) phrase {
	for c := s + 2; c < len(toks) && c-s <= longTitleSpan; c++ {
		if !toks[c].is(",") {
			continue
		}
		if a := ix.forward(toks, c+1); a.kind == pName {
			if q := ix.longTitleApposition(toks, a); q.ok() && q.lo == s {
				return q
			}
		}
		break
	}
	return phrase{}
}
