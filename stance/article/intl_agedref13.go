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

// positionHeads are offices held by one person of a country or a city at
// a time (president, chancellor, minister, mayor): with an age they still
// name a position, so "le président sortant de 74 ans" after "Le candidat
// de la coalition, X" is someone else, as "le président sortant" is.
var positionHeads = map[string]map[string]bool{
	"fr": wordSet(`président présidente chancelier chancelière ministre premier première roi reine maire gouverneur gouverneure`),
	"de": wordSet(`präsident präsidentin kanzler kanzlerin minister ministerin ministerpräsident ministerpräsidentin bürgermeister bürgermeisterin`),
	"ru": wordSet(`президент канцлер министр премьер премьер-министр мэр губернатор`),
}

// ageUnits are the words of age after a number, keyed by language code.
var ageUnits = map[string]map[string]bool{
	"fr": wordSet(`ans`),
	"de": wordSet(`jahre jahren`),
	"ru": wordSet(`лет года`),
}

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
