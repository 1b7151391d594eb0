package article

// A German subject with its origin after the name ("Die Linken-Politikerin
// X aus Łódź sprach Y jede Legitimität ab", "Der Abgeordnete X aus dem
// Auswärtigen Ausschuss gratulierte Y"): the person before "aus" or "von"
// is the subject. Without it, a verb in German takes the person named in
// full right after it (speakerAfterVerb: "gratulierte auch Präsident
// X"), which is here the dative object; so the origin is read first.

// originSubject returns the person whose origin ends at toks[b], the word
// right before the verb, when the phrase before the origin opens its
// clause; or an empty phrase.
func (ix *intl) originSubject(toks []token, b int) phrase {
	if !ix.lx.capNouns || b < 2 || !toks[b].word() || !toks[b].cap {
		return phrase{}
	}
	for k := b - 1; k > 0 && k >= b-4 && toks[k].word(); k-- {
		if !deOriginPreps[toks[k].lower] {
			continue
		}
		p := ix.subjectEnding(toks, k-1)
		if ix.isPerson(p) && ix.subjectStart(toks, p.lo) {
			return p
		}
		return phrase{}
	}
	return phrase{}
}
