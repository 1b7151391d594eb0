package article

// The pseudo-cleft of Spanish and Portuguese reports: "Quien también
// felicitó a Velor fue el presidente de Norlandia, X", "Quem primeiro
// reconheceu a vitória foi o Presidente X". The relative that opens the
// sentence was read as a capitalised name ("Quien"), a bogus speaker who
// did the act; the subject is the person named after the copula that
// follows the verb's clause.

// pseudoCleftSubject returns the person after the copula of a sentence
// that opens with a relative pronoun (cleftRelatives) before the verb
// toks[v], or no phrase.
func (ix *intl) pseudoCleftSubject(toks []token, v int) phrase {
	rel, cop := cleftRelatives[ix.lx.code], cleftCopulas[ix.lx.code]
	if rel == nil || v < 1 || v > 3 || !toks[0].word() || !rel[toks[0].lower] {
		return phrase{}
	}
	for k := v + 1; k+1 < len(toks) && k <= v+14; k++ {
		if toks[k].isTerm() || toks[k].kind == tQuote {
			return phrase{}
		}
		if toks[k].word() && cop[toks[k].lower] {
			if p := ix.apposed(toks, k+1); ix.isPerson(p) {
				return p
			}
			return phrase{}
		}
	}
	return phrase{}
}
