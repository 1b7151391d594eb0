package article

// A quotation after a colon whose clause has an office for its subject,
// an office that refers back to a person just named: "O Presidente de
// Velor, X, tomou posse. Na cerimónia, o chefe de Estado estendeu a mão
// aos adversários, mas deixou um aviso: “…”", "El mandatario dejó un
// mensaje: «…»". colonSubject takes no lone office, since an office
// named alone may be anyone's; here it is taken only when it resolves,
// as "«…», dijo el presidente" does, to the person named in full in the
// same or the previous sentence with that office (recentHolder, backRef).

// colonOffice returns the person the definite office that opens the
// clause toks[start:end] before a colon (or that follows an opening
// adverbial's comma) refers back to, when a lower-case word follows it;
// or nil.
func (ix *intl) colonOffice(toks []token, start, end int) *speaker {
	if !iberoTitleLangs[ix.lx.code] {
		return nil
	}
	for i := start; i < end; i++ {
		if i > start && !toks[i-1].is(",") {
			continue
		}
		p := ix.forward(toks, i)
		if p.kind != pRole || !p.definite || p.hi >= end || !toks[p.hi].word() || toks[p.hi].cap {
			continue
		}
		q := ix.aliasOffice(p)
		s := ix.recentHolder(q)
		if s == nil {
			s = ix.backRef(q)
		}
		if s != nil && s.canon().kind == pName {
			return s.canon()
		}
		return nil
	}
	return nil
}
