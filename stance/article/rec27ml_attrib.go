package article

import "strings"

// Attributions of the other languages that missed a speaker named with
// an apposition or by a surname alone.

// rec27mlSoNamed reports whether p, after German "so" between commas,
// names a person: with an office or in full (soAttribution), or by the
// surname of a person named in full before ("Hans Weber war empört. Ein
// neues Parlament, so Weber, besitze „keine Legitimität“."). A surname
// never named before ("…, so Gott will") is none.
func (ix *intl) rec27mlSoNamed(p phrase) bool {
	if !ix.isPerson(p) {
		return false
	}
	if p.role != "" || strings.Contains(p.name, " ") {
		return true
	}
	s := ix.x.bySurname[strings.ToLower(p.name)]
	return s != nil && s.canon().kind == pName && strings.Contains(s.canon().name, " ")
}

// rec27mlColonSubject finds the subject of the clause toks[start:end]
// before a colon when a particle of rec27mlOpeners opens it before a
// determiner: colonSubject read from the determiner on.
func (ix *intl) rec27mlColonSubject(toks []token, start, end int) phrase {
	if start+2 >= end || !toks[start].word() || !toks[start].cap || !rec27mlOpeners[ix.lx.code][toks[start].lower] {
		return phrase{}
	}
	if !toks[start+1].word() || toks[start+1].cap && !ix.lx.capNouns || !ix.lx.determiners[toks[start+1].lower] && !ix.lx.isRole(toks[start+1].lower) {
		return phrase{}
	}
	return ix.colonSubject(toks, start+1, end)
}

// rec27mlColonEndApposed finds, in a German or Russian clause whose verb
// comes before its subject, the subject that ends before a description
// set off by a comma and closed by the colon: "Noch deutlicher wurde Vuk
// Lenz, Sprecher einer kleinen Bewegung: „…“", "Жестче высказался Иван
// Лом, депутат городской думы: «…»". colonEndSubject wants the name
// right before the colon. The description has no verb of its own, no
// quotation and at most maxSubjectAside tokens.
func (ix *intl) rec27mlColonEndApposed(toks []token, start, end int) phrase {
	for c := end - 1; c > start && end-c <= maxSubjectAside; c-- {
		t := toks[c]
		if t.is(",") {
			if c+1 == end {
				return phrase{}
			}
			return ix.colonEndSubject(toks, start, c)
		}
		if !t.word() || ix.lx.speechVerbs[t.lower] || ix.verbLike(t.lower) || ix.lx.complementizers[t.lower] || ix.lx.subjectRelatives[t.lower] {
			return phrase{}
		}
	}
	return phrase{}
}
