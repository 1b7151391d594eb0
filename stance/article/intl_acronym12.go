package article

// An office and the acronym of its body in parentheses before a name in
// apposition: "El portavoz del Partido Cívico (PC), Ivo Kask, dijo …",
// "O líder do Movimento Norte (MN), Lena Dal, afirmou …", "Le
// porte-parole du Front civique (FC), Ivo Kask, a déclaré …". News prose
// spells a body's acronym out at its first mention, right where the
// office names it, so the phrase before the name's comma ends with a
// parenthesis the phrase parser does not read, and the verb had no
// subject. A long office whose complement is a chain of joining words
// and capitalised names ("El jefe de campaña de la Alianza Cívica del
// Norte (ACN), X,") is read by longTitleBefore (genitiveTitle).

// acronymMax is how many words the parenthesis may hold.
const acronymMax = 3

// acronymApposition returns the name in apposition that ends with the
// comma toks[k], after an office and a parenthesis, with the office as
// its role; or no phrase.
func (ix *intl) acronymApposition(toks []token, k int) phrase {
	if k < 6 || !toks[k].is(",") {
		return phrase{}
	}
	a := ix.backward(toks, k-1)
	if a.kind != pName || ix.hasOffice(a.role) || a.lo < 5 || !toks[a.lo-1].is(",") {
		return phrase{}
	}
	b := parenthesisBefore(toks, a.lo-2)
	if b < 0 {
		return phrase{}
	}
	p := ix.subjectEnding(toks, b)
	if p.kind != pRole && !(p.kind == pName && p.role != "") {
		return phrase{}
	}
	if p.lo > 0 && toks[p.lo-1].word() && !ix.lx.stops[toks[p.lo-1].lower] && !ix.frontedAt(toks, p.lo-1) {
		return phrase{} // the office is an object's complement ("felicitó al portavoz del …")
	}
	lo := p.lo
	if ix.lx.determiners[toks[lo].lower] {
		lo++
	}
	a.role, a.titled, a.lo = span(ix.x.text, toks, lo, b+1), true, p.lo
	return a
}

// parenthesisBefore returns the index before the parenthesis that ends
// at toks[e] when it holds one to acronymMax words, the first of them
// capitalised (an acronym or a short name: "(PC)", "(Frente Cívico)");
// or -1.
func parenthesisBefore(toks []token, e int) int {
	if e < 3 || !toks[e].is(")") {
		return -1
	}
	for i := e - 1; i >= 1 && i >= e-acronymMax; i-- {
		switch {
		case toks[i].is("("):
			if i == e-1 || !toks[i+1].cap {
				return -1
			}
			return i - 1
		case !toks[i].word():
			return -1
		}
	}
	return -1
}

// genitiveTitle reports whether toks[r:c], an office at toks[r], heads a
// chain of complements joined by the language's joining words (rolePreps
// and articles) that names a body with capitals, perhaps with its acronym
// in parentheses: "jefe de campaña de la Alianza Cívica del Norte (ACN)".
// The chain is too long for the phrase parser, but holds no preposition
// that would make it a place or a purpose ("vicepresidenta de la Comisión
// para Grandes Eventos" is left alone), no verb and no conjunction.
func (ix *intl) genitiveTitle(toks []token, r, c int) bool {
	lx, named := ix.lx, false
	for k := r + 1; k < c; k++ {
		t := toks[k]
		switch {
		case t.is("(") && k+1 < c:
			e := parenthesisBefore(toks, c-1)
			if k != e+1 || !named {
				return false // only an acronym that closes the title
			}
			return true
		case !t.word():
			return false
		case lx.rolePreps[t.lower] || lx.definite[t.lower]:
		case ix.nameConjunction(toks, k): // "de América Latina y el Caribe" (ibero14_longbody.go)
		case lx.stops[t.lower] || lx.determiners[t.lower] || lx.conjunctions[t.lower] || lx.complementizers[t.lower] || lx.speechVerbs[t.lower] || ix.verbLike(t.lower):
			return false
		case t.cap:
			named = true
		}
	}
	return named
}
