package article

import "strings"

// writtenWithThe reports whether the named speaker s was written with
// "the" before its name at least once ("the Civic Movement", "The White
// House"): a body's proper name takes the article in English prose, a
// person's never does, so a person surnamed House or Court ("Mary House,
// an analyst, said …") is no body for bodyNamed.
func writtenWithThe(s *speaker) bool {
	if startsWithThe(s.name) {
		return true
	}
	for _, a := range s.aliases {
		if startsWithThe(a) {
			return true
		}
	}
	return false
}

func startsWithThe(a string) bool {
	return len(a) > 4 && strings.EqualFold(a[:4], "the ")
}

// openPersonReach is how many sentences back the person opening a
// sentence may be for a "he" or "she" that met a body (personNotBody):
// the body's own sentence may stand between them ("Marek Tamm met
// supporters. The Civic Movement has called the vote a fraud. He said
// …"), but a person three sentences back is no longer the one meant.
const openPersonReach = 2
