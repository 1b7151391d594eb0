package article

// The act of a document told in a relative clause opened by the bare
// relative pronoun: "O presidente X divulgou uma nota que pede a
// divulgação dos dados", "El partido emitió un comunicado que exige …".
// documentSubject read the act only after "em que", "en el que" (the
// side lexicon's inWhich); a note that asks is its issuer's act as much
// as one in which the issuer asks. Spanish and Portuguese, whose "que"
// is the relative of a thing as of a person.

// documentRelatives returns the relative phrases after a document that
// its issuer's act follows.
func (ix *intl) documentRelatives() []string {
	rels := ix.side().inWhich
	if documentRelativeQue[ix.lx.code] {
		rels = append(rels[:len(rels):len(rels)], "que")
	}
	return rels
}
