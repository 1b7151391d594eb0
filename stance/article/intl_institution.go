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

// institutionHeads are the heads of such offices, per language.
var institutionHeads = map[string]map[string]bool{
	"fr": wordSet(`département ministère gouvernement`),
}

// institution reports whether head heads an institution of the article's
// language.
func (ix *intl) institution(head string) bool {
	return institutionHeads[ix.lx.code][head]
}

// frInstitutionNouns are the capitalised nouns that open the name of a
// French institution whose name goes on with a lower-case adjective
// (frInstitutionAdjectives): "l'Union européenne", "la Commission
// africaine", "les Nations unies", "la Cour constitutionnelle".
var frInstitutionNouns = wordSet(`union commission parlement conseil cour assemblée banque nations organisation communauté
	parti front rassemblement mouvement coalition alliance congrès`)

var frInstitutionAdjectives = wordSet(`européenne européen africaine africain unies
	constitutionnelle constitutionnel nationale national mondiale internationale
	international électorale électoral suprême économique
	socialiste socialistes démocratique démocrate démocrates populaire républicain républicaine
	patriotique progressiste écologiste communiste libéral libérale`)

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
