package article

// An office whose complement is a party's or body's acronym, then the
// person's name, then the verb: "El diputado saliente del MAS Freddy
// Condori fue más lejos: «…»", "O deputado do PSD Rui Lobo foi mais
// longe". The phrase parser lets the capitalised words after "del"/"do"
// run on with lower-case modifiers ("portavoz del Ministerio de
// Exteriores chino"), so it took the verb and what follows as modifiers
// of the office, and the clause had no subject. An acronym followed by
// two or more capitalised words that are not acronyms is a body and a
// person named in full: the name ends the phrase, and a lower-case word
// after it is no modifier. Applied in Spanish and Portuguese, whose
// reports give party and name so. A club's prefix ("FC", "SL") is no body
// of its own: the place after it is the club's name ("O presidente do SL
// Benfica Rui Lobo" made "Benfica Rui Lobo" a person; found probing).

// acronymThenName reports whether the capitalised words that end cls (the
// classes of toks[start:]) are an acronym followed by at least two words
// of a name.
func (ix *intl) acronymThenName(toks []token, start int, cls []wordClass) bool {
	if !iberoTitleLangs[ix.lx.code] && ix.lx.code != "fr" { // French too: "le sénateur du PHTK Wilner Désir savoure" (rom20)
		return false
	}
	names := 0
	for i := len(cls) - 1; i >= 0 && cls[i] == cName; i-- {
		if ix.abbreviation(toks[start+i]) {
			return names >= 2 && !clubPrefixes[toks[start+i].lower]
		}
		names++
	}
	return false
}
