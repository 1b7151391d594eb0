package article

// A quotation after a colon whose clause has an office for its subject,
// an office that refers back to a person just named: "O Presidente de
// Velor, X, tomou posse. Na cerimónia, o chefe de Estado estendeu a mão
// aos adversários, mas deixou um aviso: “…”", "El mandatario dejó un
// mensaje: «…»". colonSubject takes no lone office, since an office
// named alone may be anyone's; here it is taken only when it resolves,
// as "«…», dijo el presidente" does, to the person named in full in the
// same or the previous sentence with that office (recentHolder, backRef);
// a person named with no office, or another, does not take it
// ("Rui Mota, candidato opositor, votó …. Al mediodía, el presidente del
// tribunal lanzó un mensaje: «…»").

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
		if s != nil && s.canon().kind == pName && (ix.holds(s.canon(), q.head) || ix.sameOffice(s.canon().role, q.head)) {
			return s.canon() // backRef alone gives an office to a person named with none
		}
		return nil
	}
	return nil
}

// relativeVerb reports whether the word toks[b] right before a verb is a
// complementizer after a preposition or a conjunction ("parabenizou
// Maduro pelo que chamou de “…”", "felicitó a X por lo que llamó …",
// "dijo que … del anuncio del TSE y que esperará …"): the verb is in a
// relative or complement clause whose dropped subject is the main
// clause's, and a name before the preposition is an object, not this
// verb's subject.
func (ix *intl) relativeVerb(toks []token, b int) bool {
	if b < 1 || !toks[b].word() || !ix.lx.complementizers[toks[b].lower] {
		return false
	}
	k := b - 1
	if toks[k].word() && ix.lx.definite[toks[k].lower] && k > 0 {
		k-- // "por lo que"
	}
	return toks[k].word() && (ix.lx.stops[toks[k].lower] || ix.lx.agents[toks[k].lower]) && !ix.lx.complementizers[toks[k].lower]
}

// semicolonClause reports whether toks[b] is a semicolon that opens a
// clause with its subject dropped, in Spanish and Portuguese ("X evitou
// qualificar a votação; disse que …"): the clause goes on with the
// person named before it in the sentence (droppedSubject).
func (ix *intl) semicolonClause(toks []token, b int) bool {
	return iberoTitleLangs[ix.lx.code] && b > 0 && toks[b].is(";")
}
