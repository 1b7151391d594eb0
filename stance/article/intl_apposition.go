package article

import "strings"

// Coordinated appositions in the languages of lexicons. A roundup names
// several leaders under one plural office, each with the place they
// head and their name between commas: "Os presidentes da Colômbia, X, e
// do Chile, Y, também parabenizaram …", "Los presidentes de Colombia, X,
// y de Chile, Y, felicitaron …", "Les présidents du Ghana, X, et du Togo,
// Y, ont félicité …", "Die Regierungschefs Polens, X, und Tschechiens,
// Y, gratulierten …". Every name of the list is a subject of the verb.

// maxPeerSegment is how many tokens the complement between a conjunction
// and its name ("e do Chile") or the office that heads the list ("Os
// presidentes da Colômbia") may have.
const maxPeerSegment = 8

// appositionList returns the names of a list of coordinated appositions
// ending with the comma toks[b] before a verb, in the order of the text,
// or nil: at least two names, each between commas, each but the first
// after a conjunction and its complement, the first after an office that
// opens the sentence or a clause.
func (ix *intl) appositionList(toks []token, b int) []phrase {
	var out []phrase
	for len(out) < 8 {
		if b < 3 || !toks[b].is(",") {
			return nil
		}
		a := ix.backward(toks, b-1)
		if a.kind != pName || a.hi != b || a.lo < 2 || !toks[a.lo-1].is(",") {
			return nil
		}
		s := a.lo - 2 // the segment before the name runs back to s
		for s >= 0 && a.lo-1-s <= maxPeerSegment && toks[s].word() {
			s--
		}
		seg := toks[s+1 : a.lo-1]
		if len(seg) == 0 || a.lo-1-s > maxPeerSegment {
			return nil
		}
		a.role = span(ix.x.text, toks, s+1, a.lo-1)
		out = append(out, a)
		if ix.lx.conjunctions[seg[0].lower] && len(seg) > 1 {
			a.role = span(ix.x.text, toks, s+2, a.lo-1)
			out[len(out)-1] = a
			b = s // "e do Chile, Y,": the name before it comes first
			continue
		}
		if len(out) < 2 || s >= 0 && !toks[s].is(":") && !toks[s].is(";") && !isDash(toks[s]) || !ix.headsList(seg) {
			return nil
		}
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
		return out
	}
	return nil
}

// headsList reports whether the words that open a list of appositions
// name an office: a role word among them ("Os presidentes da Colômbia",
// "Die Regierungschefs Polens"), in the plural too ("presidentes",
// "présidents": the role lists hold the singular).
func (ix *intl) headsList(seg []token) bool {
	for _, t := range seg {
		if !t.word() {
			continue
		}
		w, _ := ix.core(t.lower)
		if ix.lx.isRole(w) {
			return true
		}
		for _, e := range []string{"s", "es"} {
			if b, ok := strings.CutSuffix(w, e); ok && len(b) > 3 && ix.lx.isRole(b) {
				return true
			}
		}
	}
	return false
}

// subjectList returns the people of a list of subjects ending with the
// comma toks[b] before a verb: coordinated appositions, or the people
// named after an including word (includedList in intl_follow.go).
func (ix *intl) subjectList(toks []token, b int) []phrase {
	if l := ix.appositionList(toks, b); len(l) > 0 {
		return l
	}
	if l := ix.nameAppositionList(toks, b); len(l) > 0 {
		return l // "A, …, et B, …, ont dénoncé" (intl_namelist.go)
	}
	if l := ix.plainThenApposition(toks, b); len(l) > 0 {
		return l // "A et B, …, ont dénoncé" (fgr15_pairapposition.go)
	}
	if l := ix.pairApposition(toks, b); len(l) > 0 {
		return l // "Los presidentes de A y de B, X e Y, felicitaron" (intl_pairapposition.go)
	}
	if l := ix.signatoryList(toks, b); len(l) > 0 {
		return l // "El comunicado, firmado por A, B y C, pide …" (intl_signatory.go)
	}
	return ix.includedList(toks, b)
}

// listPeers returns a copy of the act p for each person of the list of
// subjects before its verb toks[v] (subjectList) other than its subject
// subj, in the order of the text: they share its text.
func (ix *intl) listPeers(toks []token, p reportedPart, subj phrase, v int) []reportedPart {
	if p.kind != Action {
		return nil
	}
	b := ix.auxParenthetical(toks, v-1)
	for n := 0; b >= 0 && n < 4 && toks[b].word() && (ix.lx.preverbs[toks[b].lower] || ix.lx.auxiliaries[toks[b].lower] || ix.lx.clitics[toks[b].lower]); n++ {
		b--
	}
	var out []reportedPart
	list := ix.subjectList(toks, b)
	if len(list) == 0 {
		list = ix.rec23mlSignedOpening(toks, subj) // "Dans une déclaration signée par A et B, X a rejeté" (rec23ml_signed.go)
	}
	for _, q := range list {
		if q.name == subj.name {
			continue
		}
		c := p
		c.spk, c.lo = ix.resolve(q), q.lo
		out = append(out, c)
	}
	return out
}
