package article

// A relative clause of opinion hands the quotation inside it to the
// person before it: "Même tonalité chez le député X, pour qui ce nouveau
// mandat « ouvre enfin le chantier »", "el diputado X, para quien el
// resultado «no admite dudas»", "депутат X, по мнению которого
// голосование «прошло честно»". The quotation had no speech verb near it
// and went to nobody. The relative opens after a comma that follows the
// person, in the quotation's clause, with no other comma, quotation or
// speech verb between it and the quotation.

// relativeAccording returns the speaker of the quotation toks[k] when a
// relative of opinion (relativeOpinions) opens its clause.
func (ix *intl) relativeAccording(toks []token, k int) (*speaker, bool) {
	phrases := relativeOpinions[ix.lx.code]
	for i := k - 1; i > 1 && i >= k-14; i-- {
		t := toks[i]
		if t.kind == tQuote || t.isTerm() || t.is(";") || t.is(":") || t.word() && ix.lx.speechVerbs[t.lower] {
			return nil, false
		}
		if !t.is(",") {
			continue
		}
		if matchPhrase(toks, i+1, phrases) == 0 {
			return nil, false
		}
		p := ix.backward(toks, i-1)
		if a := ix.appositionBefore(toks, i); a.ok() {
			p = a
		} else if d := ix.rec25mlDescribedBefore(toks, i); d.ok() && (!ix.isPerson(p) || ix.rev26rmlOfficeDescription(toks, d)) {
			p = d // "X, coordonnateur de …, pour qui" (rec25ml_reldesc.go)
		}
		if !ix.isPerson(p) {
			return nil, false
		}
		return ix.resolve(p), true
	}
	return nil, false
}
