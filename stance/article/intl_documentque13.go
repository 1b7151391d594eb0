package article

// The act of a document told in a relative clause opened by the bare
// relative pronoun: "O presidente X divulgou uma nota que pede a
// divulgação dos dados", "El partido emitió un comunicado que exige …".
// documentSubject read the act only after "em que", "en el que" (the
// side lexicon's inWhich); a note that asks is its issuer's act as much
// as one in which the issuer asks. Spanish and Portuguese, whose "que"
// is the relative of a thing as of a person.

// documentRelativeQue are the languages whose bare "que" opens a
// document's relative clause.
var documentRelativeQue = wordSet(`es pt`)

// documentRelatives returns the relative phrases after a document that
// its issuer's act follows.
func (ix *intl) documentRelatives() []string {
	rels := ix.side().inWhich
	if documentRelativeQue[ix.lx.code] {
		rels = append(rels[:len(rels):len(rels)], "que")
	}
	return rels
}

// issuingVerbs are the verbs of putting a document out that a bare "que"
// needs before the document: one received, read or criticised ("O
// jornalista X recebeu uma nota que pede …", "leyó un comunicado que
// exige …") is another's, whose issuer the sentence does not name.
var issuingVerbs = map[string]map[string]bool{
	"es": wordSet(`emitió emitieron emite publicó publicaron publica difundió difundieron difunde divulgó divulgaron
		envió enviaron remitió remitieron firmó firmaron suscribió suscribieron presentó presentaron redactó lanzó`),
	"pt": wordSet(`emitiu emitiram emite publicou publicaram publica divulgou divulgaram divulga difundiu difundiram
		enviou enviaram remeteu assinou assinaram subscreveu subscreveram apresentou apresentaram redigiu lançou`),
}
