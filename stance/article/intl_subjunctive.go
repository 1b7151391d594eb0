package article

// subjunctiveSpeech reads a German sentence that opens with a personal
// pronoun and a verb in the subjunctive of reported speech ("Er freue
// sich darauf, …", "Sie sei zuversichtlich, …", "Er habe …"): news prose
// goes on with what the person just named said without a verb of saying,
// and the subjunctive marks it as theirs. With "er" or "sie" a verb
// ending in -e is no indicative, and "sei" never is. The speaker is the
// last person named (lastSingular), who must be a person named in full.
func (ix *intl) subjunctiveSpeech(toks []token) (reportedPart, bool) {
	if ix.lx.code != "de" || len(toks) < 4 || !toks[0].word() || !toks[1].word() || toks[1].cap {
		return reportedPart{}, false
	}
	if !subjunctivePronouns[toks[0].lower] || !subjunctiveVerb(toks[1].lower) {
		return reportedPart{}, false
	}
	s := ix.x.lastSingular
	if s == nil || s.canon().kind != pName {
		return reportedPart{}, false
	}
	return reportedPart{spk: s.canon(), kind: Reported, cs: 0, lo: 0}, true
}

// subjunctiveVerb reports whether a lower-case German word after "er" or
// "sie" is a subjunctive of reported speech: "sei", or a verb ending in
// -e ("freue", "habe", "werde", "hoffe"), which the indicative of the
// third person never has.
func subjunctiveVerb(w string) bool {
	return w == "sei" || len(w) > 3 && w[len(w)-1] == 'e' && !intlSubjunctiveNot[w]
}
