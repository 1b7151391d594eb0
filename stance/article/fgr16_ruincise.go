package article

// Russian reported speech with an incise of a speech verb and a pronoun
// between commas and no quotation marks: "Его команда, объяснил он, пока
// сверяет подсчёты", "… повременил: его команда, объяснил он, пока …".
// As the French inverted incise (fgr14_incise.go), the incise gives the
// clause around it, from the sentence's start or its colon to its end,
// to the pronoun's antecedent; the clause before a colon is read on its
// own first, so its act is kept and its subject is the antecedent.

// ruIncise finds such an incise: the index of its pronoun and of the
// colon before it (-1 for none), when nothing before the incise in its
// clause is a quotation, a semicolon, a speech verb or a verb the rules
// know.
func (ix *intl) ruIncise(toks []token) (pron, colon int, ok bool) {
	if ix.lx.code != "ru" {
		return 0, 0, false
	}
	for i := 2; i+2 < len(toks); i++ {
		if !toks[i-1].is(",") || !toks[i].word() || !ix.lx.speechVerbs[toks[i].lower] || !toks[i+1].word() || !ix.lx.pronouns[toks[i+1].lower] || !toks[i+2].is(",") && !toks[i+2].isTerm() {
			continue
		}
		colon = -1
		for k := 0; k < i-1; k++ {
			if toks[k].is(":") {
				colon = k
			}
		}
		for k := colon + 1; k < i-1; k++ {
			t := toks[k]
			if t.kind == tQuote && !ix.scare(toks, k) || t.is(";") || t.word() && (ix.lx.speechVerbs[t.lower] || ix.verbLike(t.lower)) {
				return 0, 0, false
			}
		}
		return i + 1, colon, colon+1 < i-1
	}
	return 0, 0, false
}

// ruInciseSentence emits the parts of a sentence with such an incise, if
// it has one, and reports whether it did.
func (ix *intl) ruInciseSentence(toks []token, headline bool) bool {
	pron, colon, ok := ix.ruIncise(toks)
	if !ok {
		return false
	}
	if colon > 0 {
		ix.reported(toks[:colon], headline)
		ix.inClause = make(map[int]*speaker)
		ix.absorbed = make(map[int]bool)
	}
	w := toks[pron].lower
	if spk := ix.resolve(phrase{kind: pPronoun, lo: pron, hi: pron + 1, word: w, text: w}); spk != nil {
		ix.emitReported(toks, []reportedPart{{spk: spk, kind: Reported, cs: colon + 1, lo: colon + 1}}, headline)
	}
	return true
}
