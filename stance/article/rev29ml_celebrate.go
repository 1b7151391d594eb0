package article

// Narrowing rec29ml's verbs of celebrating (festejó, comemorou, a fêté,
// bejubelte, отпраздновал; lexicon_*.go), the review rev29ml (twenty-seventh session). They
// are acts on the result only when the result is what is celebrated, as
// English reads "celebrated" (celebratedAbout): a word of the election
// (topical: "festejou o resultado", "comemoraram ao lado do prefeito
// reeleito", "bejubelte den Wahlsieg") within the verb's clause. Without
// one the verb tells a crowd's joy or another feast ("festejó en la
// plaza con sus nietos", "праздновала на площади", "bejubelte seinen
// Filmpreis", "a fêté ses soixante ans"), and in a sentence of sport a
// victory is a game's ("bejubelte den Sieg seiner Mannschaft im
// Pokalfinale"): an act an action would wrongly read as about the result
// by its verb (found probing).

// rev29mlCelebrateSpan is how many words after the verb may name what
// is celebrated ("comemoraram ao lado do prefeito reeleito").
const rev29mlCelebrateSpan = 8

// rev29mlCelebrationOff reports whether toks[v] is a verb of celebrating
// with no word of the election in its clause, or in a sentence of sport.
func (ix *intl) rev29mlCelebrationOff(toks []token, v int) bool {
	if !rev29mlCelebrateVerbs[toks[v].lower] {
		return false
	}
	if hasStem(lowerWords(toks), rev29mlSportStems[ix.lx.code]) {
		return true
	}
	var after []string
	for k := v + 1; k < len(toks) && k <= v+rev29mlCelebrateSpan && toks[k].word(); k++ {
		after = append(after, toks[k].lower)
	}
	return !ix.rev29mlResultNamed(after)
}

// rev29mlResultNamed reports whether words name the election or its
// result (topical, or a re-election).
func (ix *intl) rev29mlResultNamed(words []string) bool {
	return ix.lx.topical(words) || hasStem(words, rev29mlReelection)
}

// rev29mlCelebrationOpens reports whether the inferred remark toks[cs:ce]
// of a sentence toks opens (within its first three words) with a verb of
// celebrating, in a sentence of sport or with no word of the election
// anywhere in the remark (a later "y prometió trabajar con el presidente
// electo" keeps it): "X festejó el Día de la Independencia con un
// desfile", "X a fêté ses soixante ans". The fallback (intl_fallback.go) reads such a sentence
// as it reads one of talking on another subject: no remark.
func (ix *intl) rev29mlCelebrationOpens(toks []token, cs, ce int) bool {
	for v := cs; v < min(cs+3, ce); v++ {
		if toks[v].word() && rev29mlCelebrateVerbs[toks[v].lower] {
			return hasStem(lowerWords(toks), rev29mlSportStems[ix.lx.code]) || !ix.rev29mlResultNamed(lowerWords(toks[cs:ce]))
		}
	}
	return false
}
