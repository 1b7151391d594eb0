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
