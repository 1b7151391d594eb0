package article

import "strings"

// A description with the person's age refers back to the person just
// named: "« … », a lancé le vieil opposant de 74 ans" after "Le candidat
// de la coalition, X, …". An office names a position, and backRef does
// not let an office other than the one the person was named with refer
// to them ("le premier ministre" after "le chef de l'opposition, X");
// but an age describes the person, not a position, so a noun with an age
// ("l'opposant de 74 ans", "der 74 Jahre alte Oppositionelle") is the
// person of the previous sentence whatever office they were named with.

// aged reports whether the office phrase p carries an age: a number
// followed by a word of age among its modifiers.
func (ix *intl) aged(p phrase) bool {
	if positionHeads[ix.lx.code][strings.ToLower(p.head)] {
		return false // "le président sortant de 74 ans": a position all the same
	}
	for i := 0; i+1 < len(p.mods); i++ {
		if startsWithDigit(p.mods[i]) && ageUnits[ix.lx.code][strings.ToLower(p.mods[i+1])] {
			return true
		}
	}
	return false
}
