package article

// A verb of speaking of something whose object is a quotation: "El
// diputado X habló de “un mandato rotundo que nadie podrá discutir”",
// "L'homme d'affaires X a parlé d'« une victoire du peuple tout entier »",
// "O deputado X falou em «uma vitória de todo o povo»", "Der Abgeordnete
// X sprach von einem „klaren Auftrag“", "Депутат X говорил о «победе
// всего народа»". spokeOf (intl_spoke.go) leaves such a quotation to be
// a direct remark of its own, but the attribution of a quotation looked
// back only for a verb of saying: the words went to no one. The verb of
// speaking and its preposition attribute the quotation to the verb's
// subject.

// rec24mlSpokeOfQuote reports whether toks[v] is a verb of speaking (the
// side lexicon's speak) whose preposition of what was spoken of (its of
// words, or rec24mlOfQuote) comes right before the quotation toks[k],
// past the speaker's own part ("por su parte") and a manner adverb; an
// indefinite article may stand between ("sprach von einem „…“").
func (ix *intl) rec24mlSpokeOfQuote(toks []token, v, k int) bool {
	sl := ix.side()
	if v+1 >= k || !sl.speak[toks[v].lower] {
		return false
	}
	j := ix.pastOwnPart(toks, v+1)
	if j >= k || !toks[j].word() {
		return false
	}
	w := toks[j].lower
	if !sl.of[w] && !rec24mlOfQuote[ix.lx.code][w] {
		return false
	}
	if j+1 < k && toks[j+1].is("'") {
		j++ // "d' « … »": the elided article is read apart from its apostrophe
	}
	if j+1 < k && toks[j+1].word() && sl.objects[toks[j+1].lower] {
		j++ // "von einem „…“", "de un «…»"
	}
	return j+1 == k
}

// rec24mlSpokeOfSubject returns the speaker of the quotation toks[k]
// after the verb of speaking toks[v] (rec24mlSpokeOfQuote): the verb's
// subject before it, read as for reported speech ("L'homme d'affaires X,
// arrivé troisième …, a parlé d'« … »"), when it is a person named (an
// office alone, "Le ministre de l'Intérieur parle d'une « … »", is left
// to the rules that resolve offices).
func (ix *intl) rec24mlSpokeOfSubject(toks []token, v int) (*speaker, bool) {
	if p, after := ix.reportedSubject(toks, v, true); ix.isPerson(p) && !after {
		return ix.resolve(p), true
	}
	return nil, false
}
