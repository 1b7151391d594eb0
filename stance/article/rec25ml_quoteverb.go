package article

// rec25mlAfterQuote reports whether toks[v] is a verb of protest or
// accusation (rec25mlQuoteVerbs) followed by its subject, a person or an
// office, that runs to a punctuation mark or the end: "«…», acusou
// Artur X, dirigente do partido" is attributed, "«…», acusou o governo de
// fraude" (an object and its complement) is not.
func (ix *intl) rec25mlAfterQuote(toks []token, v int) bool {
	if !rec25mlQuoteVerbs[ix.lx.code][toks[v].lower] || v+1 >= len(toks) || !toks[v+1].word() {
		return false
	}
	p := ix.apposed(toks, v+1)
	if p.kind != pName && p.kind != pRole || !ix.rev26rmlRuSubject(toks, v, p) { // rev26rml_narrow.go
		return false
	}
	return p.hi >= len(toks) || toks[p.hi].kind == tPunct && !toks[p.hi].is("(")
}
