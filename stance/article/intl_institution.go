package article

// Institutions as speakers. A ministry, a department or an embassy that
// acts in its own name ("Le département d'Etat américain a demandé …",
// "Le ministère des Affaires étrangères a salué …", "a embaixada dos
// Estados Unidos manifestou …") is read as an office without a name (a
// word of the language's roles), but it is never a person named before
// it: backRef does not refer it back, so it is a speaker of its own.
// "département ministère gouvernement" end the French roles for that,
// and "appelé" the French actionVerbs ("l'Union européenne a appelé à un
// examen des recours": a call for something is an act, as "pidió" is).

// institution reports whether head heads an institution of the article's
// language.
func (ix *intl) institution(head string) bool {
	return institutionHeads[ix.lx.code][head]
}

// institutionAdjective reports whether toks[k] is the lower-case adjective
// of a French institution's name, after its capitalised noun: forward
// keeps it in the name, where a lower-case word after a name ends it.
func (ix *intl) institutionAdjective(toks []token, k int) bool {
	if ix.lx.code != "fr" || k < 1 || !toks[k].word() || toks[k].cap || !toks[k-1].word() || !toks[k-1].cap && !ix.elidedCap(toks[k-1]) {
		return false
	}
	w, _ := ix.core(toks[k-1].lower)
	return frInstitutionNouns[w] && frInstitutionAdjectives[toks[k].lower]
}

// institutionPhrase reports whether p is an institution with no name
// ("Le département d'Etat américain a été plus dur : il a relevé …"):
// colonOpener makes it the antecedent of the pronoun after the colon, as
// it does a person named in full.
func (ix *intl) institutionPhrase(p phrase) bool {
	return p.kind == pRole && ix.institution(p.head)
}
