package article

import "strings"

// An office refers back to a person, not to a body. "El Consejo Electoral
// proclamó a X ganador. El jefe de Estado argentino dijo que …": backRef
// gave the office to the body just named, whose name carries no office,
// as it gives "«…», escribió el presidente argentino" to "Javier Milei"
// named just before. In Spanish and Portuguese a name that opens with the
// noun of a body (a council, court, commission, ministry, government,
// party, union, house or palace: bodyNouns) is a body's, and an office is
// not referred back to it (backRef, forgetBody).

// bodyName reports whether the speaker s, named without an office, is a
// body by the first word of its name in the language of ix.
func (ix *intl) bodyName(s *speaker) bool {
	nouns, ok := bodyNouns[ix.lx.code]
	if !ok || s.role != "" {
		return false
	}
	f := strings.Fields(s.name)
	return len(f) > 0 && nouns[strings.ToLower(f[0])]
}

// forgetBody drops the body last mentioned as the antecedent of the
// office p of a person (p's head no body itself), so that the office is
// not taken for the body by the extractor's fallback to the last speaker
// named without an office.
func (ix *intl) forgetBody(p phrase) {
	l := ix.x.lastSingular
	if p.kind == pRole && p.definite && l != nil && !ix.institution(p.head) && ix.bodyName(l.canon()) {
		ix.x.lastSingular = nil
	}
}
