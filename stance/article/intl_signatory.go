package article

// A document and its signatories, in Spanish and Portuguese: "El
// comunicado, firmado por los cancilleres A, B y C, pide la publicación
// de las actas", "A nota, assinada pelos chanceleres A, B e C, pede …".
// Joint statements are reported so; the document is the subject of the
// verb, and its signatories, named after the participle of signing,
// are the ones who take the stance. signatoryList reads them as the
// subjects of the act (listed, as coordinated subjects are).

// signatoryList returns the signatories named between the participle of
// signing after a document that opens the clause and the comma toks[b]
// before the verb, or nothing.
func (ix *intl) signatoryList(toks []token, b int) []phrase {
	sg, ok := signatories[ix.lx.code]
	if !ok || b < 6 || !toks[b].is(",") {
		return nil
	}
	d := 0
	for d < b && ix.frontedAt(toks, d) {
		d++
	}
	if d < b && ix.lx.determiners[toks[d].lower] {
		d++
	}
	if d >= b || !ix.lx.sourceNouns[toks[d].lower] {
		return nil
	}
	c := d + 1
	for c < b && c <= d+2 && toks[c].word() && !toks[c].cap {
		c++ // "la declaración conjunta", "a nota oficial"
	}
	if c+2 >= b || !toks[c].is(",") || !sg.signed[toks[c+1].lower] || !sg.by[toks[c+2].lower] {
		return nil
	}
	k := c + 3
	if ix.lx.determiners[toks[k].lower] {
		k++
	}
	role := ""
	if k < b && ix.pluralOffice(toks[k].lower) {
		role = toks[k].lower
		k++
	}
	return ix.nameList(toks, k, b, role)
}

// nameList returns the full names of toks[k:b], separated by commas and a
// conjunction before the last, each with the office role: two at least
// (oneOrMoreNames), nothing when anything else stands there.
func (ix *intl) nameList(toks []token, k, b int, role string) []phrase {
	out := ix.oneOrMoreNames(toks, k, b, role)
	if len(out) < 2 {
		return nil
	}
	return out
}
