package article

// A Russian group noun of ml32GroupNouns in the nominative plural is, for
// several of them, the genitive singular too (страны, партии, столицы):
// "Жители столицы отпраздновали …", "Граждане страны отвергли …",
// "Избиратели партии поддержали …" have the residents, the citizens or
// the voters for subject, and the group noun is only their complement
// — people who give no stance the gold counts. So in Russian a word
// before the group noun within the phrase must be an adjective of it
// ("Западные правительства", "Европейские страны": the endings of
// rev32mlRuAdjectiveEndings) or a noun of the authorities
// (rev32mlRuAuthorities: "Власти страны осудили …" is the country's
// government speaking); otherwise the phrase is no group subject.

// rev32mlComplementGroup reports whether the Russian group phrase
// toks[lo:head+1] has a word before its group noun that is neither an
// adjective nor a noun of the authorities.
func (ix *intl) rev32mlComplementGroup(toks []token, lo, head int) bool {
	if ix.lx.code != "ru" {
		return false
	}
	for k := lo; k < head; k++ {
		w := toks[k].lower
		if !rev32mlRuAuthorities[w] && !hasAnySuffix(w, rev32mlRuAdjectiveEndings...) {
			return true
		}
	}
	return false
}
