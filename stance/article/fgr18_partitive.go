package article

// A partitive title after a speech verb, with the name in apposition
// after it: "« … », a martelé l'un de ses responsables, X, qui …",
// "« … », a déclaré l'un des dirigeants de la coalition, X", "…, sagte
// einer der Organisatoren, X". The title names a group the person belongs
// to, not an office, so no speaker phrase followed the verb and the
// quotation had no speaker. As before the verb (ibero16_partitive.go),
// the partitive opens the title, which holds words only, and the person
// named in full after its comma is the speaker.

// partitiveAfter returns the speaker named in apposition after a
// partitive title that opens at toks[j], if any.
func (ix *intl) partitiveAfter(toks []token, j int) (*speaker, bool) {
	parts := afterPartitives[ix.lx.code]
	if parts == nil {
		parts = iberoPartitives[ix.lx.code]
	}
	n := matchPhrase(toks, j, parts)
	if n == 0 {
		return nil, false
	}
	for k := j + n; k < len(toks) && k-j <= longTitleMax; k++ {
		t := toks[k]
		if t.is(",") && k > j+n {
			if p := ix.apposed(toks, k+1); p.kind == pName && ix.isPerson(p) {
				if p.role == "" {
					p.role = span(ix.x.text, toks, j, k)
				}
				return ix.resolve(p), true
			}
			return nil, false
		}
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.lx.complementizers[t.lower] {
			return nil, false
		}
	}
	return nil, false
}
