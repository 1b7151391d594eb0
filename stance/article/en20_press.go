package article

import "strings"

// A request made of someone with a verb other than "urge" or "ask": "X
// pressed the two camps to start talking again", "encouraged both sides
// to settle their dispute in court", "implored the losers to accept the
// count", "pressed for calm". With an object and "to", or with "for", the
// verb is an act the way "urged them to …" is; without either ("pressed
// ahead with the count", "encouraged by the turnout", "pressed charges")
// it is none.

// pressedTo reports whether toks[i] is a pressing verb (pressVerbs)
// making a request: "for" and a word right after it, or an object and
// "to" as for askedTo ("asked both camps to hold back").
func pressedTo(toks []token, i int) bool {
	if !pressVerbs[toks[i].lower] || i+2 >= len(toks) {
		return false
	}
	if i > 0 && toks[i-1].word() && (passiveAux[toks[i-1].lower] || toks[i-1].is("hard")) {
		return false // "was pressed for time", "were encouraged to vote"
	}
	if strings.HasSuffix(toks[i].lower, "ing") && i > 0 && toks[i-1].word() && !auxWords[toks[i-1].lower] {
		return false // "Supporters pressing the police to open the gates were pushed back"
	}
	if toks[i+1].is("for") {
		return toks[i+2].word() && !toks[i+2].is("time")
	}
	return !pressParticles[toks[i+1].lower] && requestTo(toks, i) && !placeTo(toks, i) // rev20en_fix.go: not "pressed his hand to his chest"
}
