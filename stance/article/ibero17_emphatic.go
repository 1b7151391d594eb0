package article

// "El propio X", "o próprio X", "la propia X": an emphatic adjective
// between the article and a name ("Na terça, o próprio Lula tentou baixar
// a temperatura. «…», disse o presidente"). The name is a mention of the
// person, as a name opening its sentence is, and the antecedent of the
// office that refers back next; before, the lower-case "próprio" made the
// name look like the object of a word before it, and the office named no
// one.

// iberoEmphatics17 are the emphatic adjectives.
var iberoEmphatics17 = map[string]map[string]bool{
	"es": wordSet(`propio propia propios propias mismo misma`),
	"pt": wordSet(`próprio própria próprios próprias mesmo mesma`),
}

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

// iberoLocatives17 are the prepositions of place after which a name of
// several words without an office is a place ("en declaraciones a la
// prensa en Buenos Aires, el mandatario …", "em São Paulo"), not a person
// that an office refers back to.
var iberoLocatives17 = map[string]map[string]bool{
	"es": wordSet(`en`),
	"pt": wordSet(`em no na nos nas`),
}

// locativeName reports whether the name p, with no office, follows a
// preposition of place.
func (ix *intl) locativeName(toks []token, p phrase) bool {
	return p.kind == pName && p.role == "" && p.lo > 0 && toks[p.lo-1].word() && iberoLocatives17[ix.lx.code][toks[p.lo-1].lower]
}
