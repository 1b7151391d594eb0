package article

// A German name after an office may be followed by the verb's object,
// capitalised as every noun is: "Am Montag übermittelte Kanzler X Y
// Glückwünsche nach Z", "hatte der Parteichef X Y Beschwerde eingelegt".
// The phrase took the noun for a third part of the name ("X Y
// Glückwünsche"), which then matched no one. After an office and two
// words of a name, a word of congratulation or recognition (the
// lexicon's congratStems and recognitionStems) or a long word with a
// noun's suffix (deNounSuffixes: "Beschwerde" is not caught, "Anfechtung"
// is) ends the name; three-part names keep a third part that is none of
// these ("Franz Josef Jung").

// deNounAfterName reports whether toks[k] is such a noun after the name
// classes cls of a phrase with an office.
func (ix *intl) deNounAfterName(toks []token, k int, cls []wordClass, seenRole bool) bool {
	n := len(cls)
	if !ix.lx.capNouns || !seenRole || n < 2 || cls[n-1] != cName || cls[n-2] != cName || !toks[k].word() || !toks[k].cap {
		return false
	}
	w := toks[k].lower
	if hasAnyPrefix(w, ix.lx.congratStems) || hasAnyPrefix(w, ix.lx.recognitionStems) {
		return true
	}
	return len([]rune(w)) >= 7 && hasAnySuffix(w, deNounSuffixes...)
}
