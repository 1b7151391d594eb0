package article

// Co-signers named in an opening adverbial: "Dans une déclaration commune
// cosignée par A, B et C, l'ancien ministre X a rejeté …", "En una
// declaración firmada por A y B, el diputado X rechazó …", "Em nota
// assinada por A e B, o senador X contestou …", "In einer Erklärung,
// unterzeichnet von A und B, wies X … zurück". The document is the joint
// act of its signers and of the subject who reads or issues it; each
// signer takes the subject's act (listPeers, intl_apposition.go), as the
// signatories of a document that is itself the subject do
// (intl_signatory.go, which this file extends to French and German).

func init() {
	signatories["fr"] = struct{ signed, by map[string]bool }{
		wordSet(`signé signée signés signées cosigné cosignée cosignés cosignées contresigné contresignée paraphé paraphée`),
		wordSet(`par`)}
	signatories["de"] = struct{ signed, by map[string]bool }{
		wordSet(`unterzeichnet unterschrieben mitunterzeichnet gezeichnet`),
		wordSet(`von`)}
}

// rec23mlSignedOpening returns the signers named between the participle
// of signing after a document noun near the sentence's start and the
// comma right before the subject subj, or nothing.
func (ix *intl) rec23mlSignedOpening(toks []token, subj phrase) []phrase {
	sg, ok := signatories[ix.lx.code]
	b := subj.lo - 1
	if !ok || b < 4 || !toks[b].is(",") {
		return nil
	}
	for s := 1; s+1 < b && s <= 8; s++ {
		if !toks[s].word() || !sg.signed[toks[s].lower] || !toks[s+1].word() || !sg.by[toks[s+1].lower] || !ix.rec23mlDocumentBefore(toks, s) || !ix.rev23mlDocumentOpens(toks, s) {
			continue
		}
		k := s + 2
		if k < b && toks[k].word() && ix.lx.determiners[toks[k].lower] {
			k++
		}
		role := ""
		if k < b && toks[k].word() && ix.pluralOffice(toks[k].lower) {
			role, k = toks[k].lower, k+1
		}
		return ix.oneOrMoreNames(toks, k, b, role)
	}
	return nil
}

// rec23mlDocumentBefore reports whether a document noun (the language's
// sourceNouns) stands within the three words before the participle
// toks[s], past adjectives and a comma ("déclaration commune",
// "Erklärung,").
func (ix *intl) rec23mlDocumentBefore(toks []token, s int) bool {
	for k := s - 1; k >= 0 && k >= s-3; k-- {
		if toks[k].word() && ix.lx.sourceNouns[toks[k].lower] {
			return true
		}
		if !toks[k].is(",") && (!toks[k].word() || toks[k].cap && !ix.lx.capNouns) {
			return false
		}
	}
	return false
}

// oneOrMoreNames returns the full names of toks[k:b], separated by commas
// and a conjunction before the last, each with the office role; one name
// is enough (a document signed by one person). Anything else there gives
// nothing.
func (ix *intl) oneOrMoreNames(toks []token, k, b int, role string) []phrase {
	var out []phrase
	for k < b {
		p := ix.forward(toks, k)
		if !ix.bareFullName(p) || p.hi > b {
			return nil
		}
		p.role, p.titled = role, role != ""
		out = append(out, p)
		k = p.hi
		if k < b && (toks[k].is(",") || toks[k].word() && ix.lx.conjunctions[toks[k].lower]) {
			k++
		}
	}
	return out
}
