package article

// A German source of an opinion may come before the postposition
// "zufolge" that opens the sentence: "Dem Außenminister X zufolge hat Y
// die Wahl gewonnen", "X zufolge war die Wahl frei", "Der Sprecherin
// zufolge …". The clause after "zufolge" is the source's. The source must
// be a person or an office ("Dem Bericht zufolge", "Ersten Hochrechnungen
// zufolge" name no speaker).

// gr21Zufolge reads such a sentence toks.
func (ix *intl) gr21Zufolge(toks []token) (reportedPart, bool) {
	if ix.lx.code != "de" {
		return reportedPart{}, false
	}
	p := ix.forward(toks, 0)
	z := p.hi
	if !p.ok() || z+1 >= len(toks) || !toks[z].word() || toks[z].lower != "zufolge" || !toks[z+1].word() {
		return reportedPart{}, false
	}
	if !ix.isPerson(p) && !ix.heldOffice(p) || p.role == "" && ix.gr21NounInName(toks, p) {
		return reportedPart{}, false
	}
	spk, ok := ix.speakerAt(toks, 0, false)
	if !ok || spk == nil {
		return reportedPart{}, false
	}
	return reportedPart{spk: spk, kind: Reported, cs: z + 1, lo: 0}, true
}

// gr21NounInName reports whether a word of p is an ordinal or ends as a
// German common noun does, singular or plural ("Ersten Hochrechnungen",
// "Jüngsten Umfragen"), which no name is.
func (ix *intl) gr21NounInName(toks []token, p phrase) bool {
	for k := p.lo; k < p.hi; k++ {
		w := toks[k].lower
		if ix.lx.firstWords[w] || hasAnySuffix(w, gr21PluralNounSuffixes...) || len([]rune(w)) >= 7 && hasAnySuffix(w, deNounSuffixes...) {
			return true
		}
	}
	return false
}
