package article

import "strings"

// bodyNamed reports whether s is a body named by its proper name, not a
// person: the name's last word is a body's head noun ("the Supreme
// Electoral Tribunal", "the Civic Movement", "the Central Election
// Commission"). "He" or "she" never means it.
func bodyNamed(s *speaker) bool {
	if s == nil || s.kind != pName {
		return false
	}
	f := strings.Fields(strings.ToLower(s.name))
	if len(f) < 2 {
		return false
	}
	w := f[len(f)-1]
	if !writtenWithThe(s) { // rev19en_body.go: "Mary House, an analyst"
		return false
	}
	return orgHeadWords[w] || authorityBodies[w] || partyNouns[w] || courtWords[w] || institutions[w] || bodyNameHeads[w]
}

// personNotBody is the person a "he" or "she" that met the body c as the
// last speaker goes to instead: the one person named in this or the
// previous sentence (agreeingNamed), else the person who opened the
// clause of one of the openPersonReach sentences before ("Within minutes of the Electoral Tribunal
// calling the trend irreversible, Ivo Kask went before the cameras. His
// party accepted the outcome, he said"); nil when there is none.
func (x *extractor) personNotBody(w string, c *speaker) *speaker {
	if alt := x.agreeingNamed(w, c); alt != nil && !bodyNamed(alt) {
		return alt
	}
	p := x.openPerson
	if p == nil || x.sentNo-x.openSent > openPersonReach { // rev19en
		return nil
	}
	p = p.canon()
	if p == c || bodyNamed(p) || (p.gender != "" && p.gender != w) {
		return nil
	}
	p.gender = w
	return p
}

// noteOpenPerson keeps the person named opening a sentence's clause (after
// a lead adverbial too) for personNotBody; a sentence opened otherwise
// leaves the one before it.
func (x *extractor) noteOpenPerson(ph phrase, spk *speaker) {
	if ph.kind == pName && spk != nil && !bodyNamed(spk.canon()) {
		x.openPerson, x.openSent = spk, x.sentNo
	}
}
