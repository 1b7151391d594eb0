package article

// "El propio X", "o próprio X", "la propia X": an emphatic adjective
// between the article and a name ("Na terça, o próprio Lula tentou baixar
// a temperatura. «…», disse o presidente"). The name is a mention of the
// person, as a name opening its sentence is, and the antecedent of the
// office that refers back next; before, the lower-case "próprio" made the
// name look like the object of a word before it, and the office named no
// one.

// iberoEmphatic reports whether the capitalised toks[i] follows an
// article and an emphatic adjective.
func (ix *intl) iberoEmphatic(toks []token, i int) bool {
	e := iberoEmphatics17[ix.lx.code]
	return e != nil && i >= 2 && toks[i].cap && toks[i-1].word() && e[toks[i-1].lower] && toks[i-2].word() && ix.lx.definite[toks[i-2].lower]
}

// maxOpeningAdverbials is how many adverbials between commas
// openingSubject skips before the person who opens the clause: a time and
// then a setting ("Horas más tarde, en declaraciones a la prensa en la
// Casa Rosada, el mandatario argentino fue más lejos y aseguró que …").
// It was two tries, the person's own start counted: one adverbial.
const maxOpeningAdverbials = 3

// locativeName reports whether the name p, with no office, follows a
// preposition of place.
func (ix *intl) locativeName(toks []token, p phrase) bool {
	return p.kind == pName && p.role == "" && p.lo > 0 && toks[p.lo-1].word() && iberoLocatives17[ix.lx.code][toks[p.lo-1].lower]
}
