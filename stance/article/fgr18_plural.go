package article

// A plural pronoun attribution between commas after a colon, whose
// clause opened with a list of people: "A и еврокомиссар B отложили
// выводы: Евросоюз, по их словам, сначала посмотрит …", "A et B ont
// temporisé : l'Union, selon eux, attendra …". The clause after the
// attribution (the whole clause after the colon) is what each of them holds
// (midAccording's clause, intl_midaccording12.go, which reads the
// singular "по его словам" for the person named just before).

// pluralAccordingParts returns a reported part for each person of the
// list that opens the sentence and ends before a colon, when a plural
// attribution between commas stands at toks[i] after that colon.
func (ix *intl) pluralAccordingParts(toks []token, i int) []reportedPart {
	n := matchPhrase(toks, i, pluralAccording[ix.lx.code])
	if n == 0 || i+n+1 >= len(toks) || !toks[i+n].is(",") || !toks[i+n+1].word() {
		return nil
	}
	c := i - 1
	for c > 0 && !toks[c].is(":") {
		c--
	}
	if c <= 2 {
		return nil
	}
	var list []phrase
	for b := c - 1; b >= 3 && list == nil; b-- {
		if l := ix.personList(toks, 0, b); len(l) >= 2 {
			list = l
		}
	}
	var out []reportedPart
	for _, p := range list {
		out = append(out, reportedPart{spk: ix.resolve(p), kind: Reported, cs: c + 1, lo: c + 1})
	}
	return out
}
