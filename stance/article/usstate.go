package article

import "unicode"

// American reporting follows a legislator's name with party and state,
// the state abbreviated with periods: "Sen. Mitch Royce, R-Ky., said",
// "Rep. Alexandria Ortiz (D-N.Y.) tweeted". The periods are no sentence's
// end and no parenthesis's content of another kind.

// stateAbbrevPeriod reports whether toks[j] is the period of an abbreviation
// written against it: right after a capitalised word of at most five
// letters ("Ky.", "Calif.", the "N." and "Y." of "N.Y.").
func stateAbbrevPeriod(toks []token, j int) bool {
	if j < 1 || !toks[j].is(".") {
		return false
	}
	w := toks[j-1]
	if !w.word() || w.end != toks[j].start || len(w.lower) > 5 {
		return false
	}
	for _, r := range w.lower {
		return unicode.IsLetter(r) && w.cap
	}
	return false
}
