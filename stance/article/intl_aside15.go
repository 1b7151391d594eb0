package article

import "strings"

// An aside set off by commas between a subject and its verb, in the other
// languages: an adverbial participle ("Дмитрий Новиков, выступая перед
// журналистами, заявил", "X, commentant les résultats, a déclaré") or a
// relative clause ("X, que habló con periodistas en la capital, dijo"),
// or a description ("Carlos Mesa, segundo en las elecciones, rechazó").
// Read back from the verb, the subject was lost, or the sentence's first
// words were taken for it ("Зампред ЦК" of "Зампред ЦК партии Дмитрий
// Новиков, выступая …"). Metamorphic check: such an aside put after the
// development sets' speakers lost 7 of 143 Russian, 3 of 85 Spanish and 2
// of 64 Portuguese speakers.

// An aside has fewer than maxSubjectAside tokens, or, when it opens with
// a relative pronoun or a participle after a name that opens the
// sentence, up to maxOpenerAside: such a clause often runs longer ("que
// preside ao grupo parlamentar de amizade com São Tomé e Príncipe":
// thirteen tokens).
const (
	maxSubjectAside = 12
	maxOpenerAside  = 20
)

// asideBefore returns the subject before an aside that ends with the comma
// toks[k] (right before the verb): the aside opens with a lower-case word
// after a comma and holds no speech verb, quotation, dash or sentence end.
// Before it: an office with the name in apposition (appositionBefore);
// or, when the aside opens with a relative pronoun or an adverbial
// participle (asideOpener), a person or an office that opens the clause
// (subjectEnding, subjectStart: as read right before a verb); or, when
// the aside is a description ("segundo en las elecciones", "miembro de la
// comisión"), a person named in full or with an office who opens the
// sentence (after a dateline's dash or an opening conjunction at most) —
// not a name after a preposition ("El aspirante del Movimiento
// Progresista, sin embargo, anunció"), nor the last of a list ("A y B,
// conocidos del barrio, felicitaron"), nor a name inside another
// apposition ("Lena Dal, del PLC de Ivo Kask, tercera …").
func (ix *intl) asideBefore(toks []token, k int) phrase {
	if k < 3 || !toks[k].is(",") {
		return phrase{}
	}
	c := -1
	for j := k - 1; j > 0 && j >= k-maxOpenerAside; j-- {
		t := toks[j]
		if t.is(",") {
			c = j
			break
		}
		if !t.word() && !t.is("%") || t.word() && ix.lx.speechVerbs[t.lower] {
			return phrase{} // a share may stand in it: "X, crédité d'à peine 2 %, a …" (fgr17)
		}
	}
	if c < 1 || c+1 >= k || toks[c+1].cap || k-c > maxSubjectAside && !ix.asideOpener(toks[c+1].lower) {
		return phrase{}
	}
	if p := ix.appositionBefore(toks, c); p.ok() {
		return p // "o presidente da Assembleia, Delfim Neves, terceiro classificado, anunciou"
	}
	if g := ix.ml32GroupSubject(toks, c-1); g.ok() && ix.rom32OwnPartAside(toks, c, k) {
		return g // "La oposición, en cambio, rechazó …" (rom32_ownpart.go)
	}
	p := ix.subjectEnding(toks, c-1)
	if p.hi != c || !ix.subjectStart(toks, p.lo) {
		return phrase{}
	}
	if k-c > maxSubjectAside && (p.kind != pName || !opensSentence(toks, p.lo, ix.lx.conjunctions)) {
		return phrase{} // a long clause after an office alone, or after a name inside another apposition ("X, président de l'alliance Y, qui …")
	}
	if ix.asideOpener(toks[c+1].lower) && (ix.isPerson(p) || p.kind == pRole) {
		return p
	}
	full := p.role == "" && strings.Contains(p.name, " ") || ix.hasOffice(p.role)
	full = full || ix.rom32OwnPartAside(toks, c, k) // "Paris, de son côté, a salué" (rom32_ownpart.go)
	if p.kind == pName && (full || ix.ml31DescribedActor(toks, p, c)) && opensSentence(toks, p.lo, ix.lx.conjunctions) {
		return p // "Carlos Mesa, segundo en las elecciones, rechazó"; "Brasil, la mayor economía de la región, acusó" (ml31_describedactor.go)
	}
	return phrase{}
}

// asideOpener reports whether w opens an aside between a subject and its
// verb: a relative pronoun of the subject, or an adverbial participle.
func (ix *intl) asideOpener(w string) bool {
	return ix.lx.subjectRelatives[w] || hasAnySuffix(w, gerundEndings[ix.lx.code]...)
}

// opensSentence reports whether toks[lo] opens its sentence: the first
// token, or right after a dash or colon, or after an opening conjunction
// ("Y el senador …").
func opensSentence(toks []token, lo int, conjunctions map[string]bool) bool {
	switch {
	case lo == 0:
		return true
	case toks[lo-1].is("—") || toks[lo-1].is("–") || toks[lo-1].is(":"):
		return true
	}
	return lo == 1 && toks[0].word() && conjunctions[toks[0].lower]
}
