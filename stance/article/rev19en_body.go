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
