package article

import "strings"

// A long title before a name in apposition, in Spanish and Portuguese:
// two offices joined by "y"/"e" ("El canciller de Aranda y exembajador
// ante Naciones Unidas, Luis Pardo, felicitó …"), an office with a
// complement the phrase parser stops in ("ante", "en"), or an office and
// a participial description between commas ("El líder opositor,
// reelegido diputado por la capital, Pedro Mir, calificó …", "O líder
// oposicionista, reeleito deputado, X, classificou …"). The parser of
// speaker phrases stops at the conjunction, the preposition or the inner
// comma, so no phrase ended at the comma before the name and the verb had
// no subject. longTitleBefore reads the clause's opening from its
// determiner and office to that comma as the title of the name after it.

const longTitleMax = 16

// longTitleBefore returns the name in apposition before the comma
// toks[b] with the long title that opens its clause, or no phrase.
func (ix *intl) longTitleBefore(toks []token, b int) phrase {
	if !iberoTitleLangs[ix.lx.code] || b < 4 || !toks[b].is(",") {
		return phrase{}
	}
	a := ix.backward(toks, b-1)
	if a.kind != pName || a.role != "" || !strings.Contains(a.name, " ") || a.lo < 3 || !toks[a.lo-1].is(",") {
		return phrase{}
	}
	c := a.lo - 1
	s := 0
	for s < c && ix.frontedAt(toks, s) {
		s++ // "Já o cantor …"
	}
	if c-s > longGenitiveMax || c-s < 2 { // ibero14_longbody.go
		return phrase{}
	}
	r := s
	if ix.lx.determiners[toks[r].lower] {
		r++
	}
	if !toks[r].word() || !ix.lx.isRole(toks[r].lower) {
		return phrase{}
	}
	end, ok := ix.titleEnd(toks, r, c)
	ok = ok && c-s <= longTitleMax
	if !ok && ix.genitiveTitle(toks, r, c) {
		end, ok = c, true // "El jefe de campaña de la Alianza Cívica del Norte (ACN), X," (intl_acronym12.go)
	}
	if !ok {
		return phrase{}
	}
	return phrase{kind: pName, lo: s, hi: a.hi, name: a.name, role: span(ix.x.text, toks, r, end), titled: true, text: span(ix.x.text, toks, s, a.hi)}
}

// titleEnd checks the title toks[r:c]: words only, but for commas each
// followed by a participle; no verb of saying or acting; and two offices
// joined by a conjunction or a participial description. A single office
// whose complement holds a preposition ("La vicepresidenta de la Comisión
// para Grandes Eventos, X,") is left alone: on the development sets it
// found only an off-topic organiser, which the office then made topical.
// It returns where the office ends (the first inner comma, or c).
func (ix *intl) titleEnd(toks []token, r, c int) (int, bool) {
	end, joined := c, false
	for k := r; k < c; k++ {
		t := toks[k]
		switch {
		case t.is(","):
			if k+1 >= c || !hasAnySuffix(toks[k+1].lower, participleEnds...) {
				return 0, false
			}
			end, joined = min(end, k), true
		case !t.word():
			return 0, false
		case ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.lx.complementizers[t.lower]:
			return 0, false
		case ix.lx.conjunctions[t.lower] || ix.participleAfterOffice(toks, r, k):
			joined = true // "O candidato derrotado na segunda volta, X," (ibero15_clause.go)
		}
	}
	return end, joined
}

// parentheticalOrTitle returns the subject before an adverbial between
// commas (beforeParenthetical) or, failing that, the name after a long
// title (longTitleBefore), for the comma toks[b] before a verb.
func (ix *intl) parentheticalOrTitle(toks []token, b int) phrase {
	if p := ix.beforeParenthetical(toks, b); p.ok() {
		return p
	}
	if p := ix.partitiveTitleBefore(toks, b); p.ok() {
		return p // "Uno de los observadores, el estadounidense X, dijo" (ibero16_partitive.go)
	}
	return ix.longTitleBefore(toks, b)
}
