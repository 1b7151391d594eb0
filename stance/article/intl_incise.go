package article

// inciseSpeech reads a speech verb alone between commas after a clause,
// with its subject dropped ("Los observadores no encontraron ningún
// indicio de fraude, afirma, y el conteo …", "A contagem decorreu sem
// incidentes, disse."): the clause before it is reported speech of the
// person the previous sentence named, as a quotation followed by
// "añadió" is. Only in a language that drops the subject, when this
// sentence names no one (a person named in it may be the clause's
// subject) and no quotation or other attribution comes before the verb's
// comma; the text ends at that comma.
func (ix *intl) inciseSpeech(toks []token, v int) (reportedPart, bool) {
	if !ix.lx.prodrop || ix.lastNamed == nil || ix.lastNamedSent != ix.x.sentNo-1 || v < 4 {
		return ix.openerIncise(toks, v) // a person named in this sentence may be the clause's subject (ibero14_incise.go)
	}
	if !toks[v-1].is(",") || v+1 < len(toks) && !toks[v+1].is(",") && !toks[v+1].isTerm() {
		return reportedPart{}, false
	}
	for _, t := range toks[:v-1] {
		if t.kind == tQuote || t.is(";") || t.is(":") || t.word() && ix.lx.speechVerbs[t.lower] {
			return reportedPart{}, false // a quotation or another attribution
		}
	}
	return reportedPart{spk: ix.lastNamed.canon(), kind: Reported, cs: 0, lo: 0, fixed: v - 1}, true
}
