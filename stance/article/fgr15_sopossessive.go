package article

// soPossessive reads German "so" with a possessive and a noun of saying
// between commas as the attribution of the sentence's reported speech to
// the person just named: "Ohne Neuwahl, so seine Warnung, werde der Sieg
// …", "…, so ihre Einschätzung, …". soAttribution reads "so" with a
// person named; with a possessive the person is the one named in full in
// the same or the previous sentence (lastNamed), as "ihm zufolge" refers
// back (ownAccording). The remark is the whole sentence, weak as
// soAttribution's: an actor of its own in the sentence speaks first.
func (ix *intl) soPossessive(toks []token) (reportedPart, bool) {
	if ix.lx.code != "de" || ix.lastNamed == nil || ix.x.sentNo-ix.lastNamedSent > 1 {
		return reportedPart{}, false
	}
	for i := 1; i+3 < len(toks); i++ {
		if !toks[i].is("so") || !toks[i-1].is(",") || !dePossessives[toks[i+1].lower] || !deSayingNouns[toks[i+2].lower] || !toks[i+3].is(",") {
			continue
		}
		lo := 0
		for k := i - 1; k > 0; k-- {
			if toks[k].is(";") {
				lo = k + 1 // "…; ohne Neuwahl, so seine Warnung, …": the clause after the semicolon
				break
			}
		}
		return reportedPart{spk: ix.lastNamed.canon(), kind: Reported, cs: lo, lo: lo, weak: true}, true
	}
	return reportedPart{}, false
}
