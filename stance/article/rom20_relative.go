package article

// A quotation in a relative clause whose antecedent is a person is that
// person's words: "Même ligne chez Paul Roux, leader de X, qui appelle
// ses partisans à « … »", "…, a réagi Marc Petit, qui dénonce « un
// hold-up »". French only: its "qui" is the subject relative, where the
// Spanish and Portuguese "que" also opens reported speech.

// rom20RelativeSubject returns the person a relative "qui" after a comma
// before the quotation toks[k] refers to: the person named right before
// the comma, or before one description between commas. The clause from
// "qui" to the quotation holds no other quotation, semicolon, colon or
// capitalised word (another person); the person is no preposition's
// complement (rom20Complement).
func (ix *intl) rom20RelativeSubject(toks []token, k int) *speaker {
	if ix.lx.code != "fr" {
		return nil
	}
	r := k - 1
	for ; r > 1; r-- {
		t := toks[r]
		if t.kind == tQuote || t.is(";") || t.is(":") || t.isTerm() || t.word() && t.cap {
			return nil
		}
		if t.word() && t.lower == "qui" && toks[r-1].is(",") {
			break
		}
	}
	if r <= 1 || rev20RelativeNotTheirs(toks, r, k) {
		return nil
	}
	p := ix.backward(toks, r-2)
	if !ix.isPerson(p) {
		if c := ix.rom20DescriptionStart(toks, r-1); c > 0 {
			p = ix.backward(toks, c-1)
		}
	}
	if !ix.isPerson(p) || ix.rom20Complement(toks, p) {
		return nil
	}
	return ix.resolve(ix.rev20NameOnly(toks, p))
}

// rom20DescriptionStart returns the comma that opens a description ending with
// the comma toks[e] ("Paul Roux, leader de X et sans lien avec Y,"), or
// 0: at most twelve words with no verb the rules know.
func (ix *intl) rom20DescriptionStart(toks []token, e int) int {
	for c := e - 1; c > 0 && c >= e-13; c-- {
		t := toks[c]
		if t.is(",") {
			return c
		}
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.verbLike(t.lower) {
			return 0
		}
	}
	return 0
}

// rom20Complement reports whether the person p is the complement of a
// preposition ("Le parti de X, qui …", "Les partisans de Y, qui …"): the
// relative then refers to the noun before, not to them. "chez X" (at X's,
// among X's people) names the person whose line it is.
func (ix *intl) rom20Complement(toks []token, p phrase) bool {
	if p.lo < len(toks) && ix.rom20Preposition(toks[p.lo].lower) {
		return true // the preposition taken into the phrase
	}
	if p.lo == 0 || !toks[p.lo-1].word() {
		return false
	}
	w := toks[p.lo-1].lower
	return w != "chez" && (ix.rom20Preposition(w) || ix.lx.determiners[w])
}

func (ix *intl) rom20Preposition(w string) bool {
	return ix.lx.stops[w] || ix.lx.fromWords[w] || ix.lx.rolePreps[w]
}
