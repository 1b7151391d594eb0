package article

// The subject after a Spanish or Portuguese stance verb that opens its
// clause: "También felicitó a Peña Nieto el colombiano X", "Asimismo
// saludaron la victoria el presidente de Velor, X, y …", "Desde Bogotá,
// felicitó al ganador el canciller X", "También enviaron felicitaciones
// el presidente francés, X". Spanish news puts the subject after the verb when an
// adverb or an adverbial opens the sentence, and marks a person that is
// the object with "a": so a person named with a definite article or an
// office right after the verb, or after its object introduced by "a"/"al",
// is the subject. Only when no subject came before the verb (the clause
// opens with it, past adverbs, or after a comma), and only a person named
// with an office or a description, or a name of several words after a
// definite article: a bare name after the verb may be its object in a
// sentence without "a" ("saludó el triunfo de X"). Portuguese marks no
// person object, so there the subject is read only after an object that
// names someone or a congratulation ("Também felicitaram Ana Velor o
// Presidente X", "Também enviaram felicitações o Rei Y"): "felicitou o
// Presidente X" has a dropped subject and X for object.

// invertedEsSubject returns the subject after the stance verb toks[v]
// that opens its clause, or no phrase.
func (ix *intl) invertedEsSubject(toks []token, v, b int) phrase {
	code := ix.lx.code
	if code != "es" && code != "pt" || v+2 >= len(toks) || !ix.opensClause(toks, b) {
		return phrase{}
	}
	k := v + 1
	if code == "es" && esObjectMarks[toks[k].lower] {
		k++ // past the object: "a Peña Nieto", "al ganador", "a la presidenta electa"
		if k < len(toks) && ix.lx.definite[toks[k].lower] {
			k++
		}
	}
	k, named := ix.pastBareObject(toks, k)
	if code == "pt" && (k == v+1 || !named) {
		return phrase{} // "felicitou o Presidente X" has a dropped subject and X for object
	}
	if k >= len(toks) || !toks[k].word() || !ix.lx.definite[toks[k].lower] || ix.afterPreposition(toks, v, k) { // ibero17_office.go
		return phrase{}
	}
	if p := ix.apposed(toks, k); ix.isPerson(p) {
		return p
	}
	return ix.rom32OfficeItem(toks, k) // "felicitaron a X los presidentes de Francia, A, y de Alemania, B" (rom32_listoffice.go)
}

// pastBareObject returns the index after the object that starts at
// toks[k], up to five words before a definite article, and whether it
// names someone or a congratulation ("Ana Velor", "felicitações"): a
// Portuguese object is no more marked than its subject, so only such an
// object between the verb and the person tells the person is the subject.
func (ix *intl) pastBareObject(toks []token, k int) (int, bool) {
	named := false
	for n := 0; n < 5 && k < len(toks) && toks[k].word() && !ix.lx.definite[toks[k].lower]; n++ {
		named = named || toks[k].cap || hasStem([]string{toks[k].lower}, ix.lx.congratStems)
		k++
	}
	return k, named
}

// opensClause reports whether the verb whose preverbs start after
// toks[b] opens its clause: b is before the sentence, a comma or a
// semicolon, or an adverb that follows one or opens the sentence
// ("Asimismo felicitó …").
func (ix *intl) opensClause(toks []token, b int) bool {
	switch {
	case b < 0 || toks[b].is(",") || toks[b].is(";"):
		return true
	case toks[b].word() && ix.lx.notNames[toks[b].lower] && !toks[b].cap || b == 0:
		return b == 0 || toks[b-1].is(",") || toks[b-1].is(";")
	}
	return false
}
