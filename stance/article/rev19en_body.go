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

// taglineNews reports whether the closing note whose fields are f, naming
// the person f[:n] and opening at offset start, is a news report's last
// line about someone in it rather than an opinion piece's note about its
// author: the surname was written before the note ("Carl Dunn was
// jailed in 2019" closing a report that quoted Dunn), or the verb is a
// passive with a past participle ("Ana Bell was sworn in on Friday",
// "X is expected to appeal"). An author is named in the note alone and
// described there ("is a lecturer", "was foreign minister").
func (x *extractor) taglineNews(f []string, n, start int) bool {
	if (f[n] == "is" || f[n] == "was") && pastParticipleLike(f[n+1]) {
		return true
	}
	surname := f[n-1]
	for _, w := range strings.Fields(x.text[:start]) {
		if strings.Trim(w, ".,;:!?\"'’‘“”()") == surname || strings.HasPrefix(w, surname+"'") || strings.HasPrefix(w, surname+"’") {
			return true
		}
	}
	return false
}

// pastParticipleLike reports whether w looks like a past participle
// ("jailed", "elected", "sworn", "expected"), not a description's first
// word ("a", "foreign", "director").
func pastParticipleLike(w string) bool {
	w = strings.ToLower(w)
	if taglineParticiples[w] {
		return false // "is based in Nairobi", "is a retired judge"
	}
	return len(w) > 3 && strings.HasSuffix(w, "ed") || w == "sworn" || w == "born" || w == "known" || w == "seen" || w == "held" || w == "taken" || w == "given" || w == "shown"
}
