package article

// An attribution after the verb whose subject is an occupation with the
// name in apposition: "« … », a écrit son directeur de campagne, Paul
// Moka, sur sa page", "«…», dijo su jefe de prensa, Luis Vera.", "«…»,
// afirmou o coordenador, Rui Sá." An occupation without a named body
// stays no office (namedOccupation), so the phrase after the verb parsed
// as nothing and the quotation went to no one. Up to a short adverbial
// may stand between verb and subject ("a écrit en milieu d'après-midi
// son directeur …").

// rec27mlOccupationAfter returns the person named in apposition to an
// occupation that opens, after a determiner, within six tokens of
// toks[j] (lower-case words only before it), with up to four lower-case
// words of complement before the comma, when the name ends at
// punctuation or the text's end.
func (ix *intl) rec27mlOccupationAfter(toks []token, j int) (*speaker, bool) {
	lx := ix.lx
	for i := j; i < len(toks) && i <= j+6; i++ {
		t := toks[i]
		if !t.word() || t.cap && i > j {
			return nil, false
		}
		if !lx.determiners[t.lower] || i+1 >= len(toks) || !toks[i+1].word() {
			continue
		}
		if w, _ := ix.core(toks[i+1].lower); !lx.occupations[w] || toks[i+1].cap {
			continue
		}
		c := i + 2
		for c < len(toks) && c <= i+6 && toks[c].word() && !toks[c].cap {
			c++
		}
		if c+1 >= len(toks) || !toks[c].is(",") {
			return nil, false
		}
		a := ix.forward(toks, c+1)
		if a.kind != pName || a.role != "" || a.hi < len(toks) && toks[a.hi].kind != tPunct {
			return nil, false
		}
		a.role, a.titled, a.lo = span(ix.x.text, toks, i+1, c), true, i
		return ix.resolve(a), true
	}
	return nil, false
}
