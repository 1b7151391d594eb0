package article

// comparativeOpener reports whether toks[:b] (b a comma) is a fronted
// comparative that opens a roundup's sentence ("Plus direct, un prêtre
// …, l'abbé X, réclame …", "Más cauto, el ministro …, X, pidió …"): a
// comparative word and at most two words after it, none a verb the rules
// know or an office. The sentence's subject then opens after the comma,
// as after an adverbial.
func (ix *intl) comparativeOpener(toks []token, b int) bool {
	if b < 2 || b > 3 || !toks[0].word() || !comparatives[toks[0].lower] {
		return false
	}
	for _, t := range toks[1:b] {
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.lx.actionVerbs[t.lower] || ix.lx.isRole(t.lower) {
			return false
		}
	}
	return true
}
