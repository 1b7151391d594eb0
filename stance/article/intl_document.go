package article

import "strings"

// subjectOf finds the subject of the verb toks[v]: the issuer of the
// document a relative clause of the verb follows (documentSubject), or
// else as reportedSubject does.
func (ix *intl) subjectOf(toks []token, v int, speech bool) (phrase, bool) {
	if p := ix.documentSubject(toks, v); p.ok() {
		return p, false
	}
	if p := ix.pseudoCleftSubject(toks, v); p.ok() {
		return p, true // "Quien también felicitó a X fue el presidente Y" (ibero15_pseudocleft.go)
	}
	if p := ix.iberoCleftSubject(toks, v); p.ok() {
		return p, false // "Fue X, portavoz de Y, quien contó que …" (ibero16_cleft.go)
	}
	return ix.reportedSubject(toks, v, speech)
}

// documentSubject returns the subject of a verb in a relative clause
// after a document its subject issued ("O PAIGC, por sua vez, emitiu um
// comunicado em que repudia …", "El partido publicó una nota en la que
// rechaza …", "Le parti a publié un communiqué dans lequel il …"): the
// verb, past preverbs, follows one of the language's inWhich phrases,
// which follows one of its sourceNouns within two words, which follows
// the issuing verb; the issuer is that verb's subject.
func (ix *intl) documentSubject(toks []token, v int) phrase {
	b := v - 1
	for b > 0 && toks[b].word() && (ix.lx.preverbs[toks[b].lower] || ix.lx.pronouns[toks[b].lower]) {
		b--
	}
	for _, rel := range ix.documentRelatives() {
		n := len(strings.Fields(rel))
		r := b - n + 1
		if r < 3 || matchPhrase(toks, r, []string{rel}) != n {
			continue
		}
		for d := r - 1; d >= r-2 && d >= 1; d-- {
			if toks[d].word() && ix.lx.sourceNouns[toks[d].lower] {
				iv := d - 1
				if iv >= 0 && toks[iv].word() && ix.lx.determiners[toks[iv].lower] {
					iv--
				}
				if iv < 1 || !toks[iv].word() || toks[iv].cap || rel == "que" && !issuingVerbs[ix.lx.code][toks[iv].lower] {
					return phrase{} // "recebeu uma nota que pede …": not the receiver's (intl_documentque13.go)
				}
				p, after := ix.reportedSubject(toks, iv, false)
				if after {
					return phrase{}
				}
				return p
			}
		}
	}
	return phrase{}
}
