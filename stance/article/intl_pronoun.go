package article

// A pronoun that opens a German sentence in the perfect, with the
// participle far from the auxiliary ("Sie hatte ihre Niederlage schon am
// Sonntagabend eingeräumt und erklärt, sie respektiere …"): the pronoun
// is the participle's subject, and stands for the person the sentence
// before named (lastSingular), as after a quotation. perfectSubject took
// only a person named in full.

// openingPronoun returns the pronoun at toks[k] when it opens the
// sentence or a clause after a conjunction or a semicolon, or an empty
// phrase.
func (ix *intl) openingPronoun(toks []token, k int) phrase {
	if k < 0 || !toks[k].word() || !ix.lx.pronouns[toks[k].lower] {
		return phrase{}
	}
	if k > 0 && !toks[k-1].is(";") && !(toks[k-1].word() && ix.lx.conjunctions[toks[k-1].lower]) {
		return phrase{}
	}
	return phrase{kind: pPronoun, lo: k, hi: k + 1, word: toks[k].lower, text: toks[k].lower}
}
