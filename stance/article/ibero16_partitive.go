package article

// A partitive title before a name in apposition, in Spanish and
// Portuguese: "Uno de los observadores de la misión, el estadounidense X,
// dijo …", "Já um dos responsáveis da missão do Centro Carter, o
// norte-americano X, preferiu …". The title names a group the person
// belongs to, not an office, so the phrase parser found no office before
// the comma, and the name after it, often with a demonym of its own, had
// no title to be in apposition to: the verb had no subject. The partitive
// (iberoPartitives) opens the clause, after a fronted adverb at most; the
// title holds words only, no verb of saying or acting.

// partitiveTitleBefore returns the person named in apposition before the
// comma toks[b] after a partitive title that opens the clause, or no
// phrase.
func (ix *intl) partitiveTitleBefore(toks []token, b int) phrase {
	parts := iberoPartitives[ix.lx.code]
	if parts == nil {
		parts = afterPartitives[ix.lx.code] // "L'un de ses cadres, X, juge que", "Один из лидеров, X, заявил" (rec29ml)
	}
	if parts == nil || b < 5 || !toks[b].is(",") {
		return phrase{}
	}
	a := ix.backward(toks, b-1)
	if a.kind != pName || !ix.isPerson(a) || a.lo < 4 || !toks[a.lo-1].is(",") {
		return phrase{}
	}
	c, s := a.lo-1, 0
	for s < c && ix.frontedAt(toks, s) {
		s++ // "Já um dos …"
	}
	n := matchPhrase(toks, s, parts)
	if n == 0 || c-s-n < 1 || c-s > longTitleMax {
		return phrase{}
	}
	for k := s + n; k < c; k++ {
		t := toks[k]
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.lx.complementizers[t.lower] || k == s+n && t.cap {
			return phrase{}
		}
	}
	if a.role == "" {
		a.role = span(ix.x.text, toks, s, c)
	}
	a.lo, a.titled, a.text = s, true, span(ix.x.text, toks, s, a.hi)
	return a
}
