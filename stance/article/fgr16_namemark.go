package article

import "strings"

// Interview answers marked by the interviewee's name. A transcript often
// prints each answer after the name of the one who gives it rather than a
// letter ("Albers: Ja, gleich am Samstagabend …", "Henning Albers: …",
// "Dal : Nous attendons …"), after a lead that names the person in full
// ("Henning Albers (CDU), Mitglied der …, über …"). A paragraph that opens
// with the name (or surname) of a person the article has named in full,
// and a colon, is an answer of theirs: each of its sentences with no
// remark of its own is their direct remark (answerSentence,
// intl_interview.go).

// nameMarkMax is how many words the name before the colon may have.
const nameMarkMax = 3

// nameMarkedAnswer reports whether the paragraph toks opens with a known
// person's name and a colon, and makes that person the interviewee.
func (ix *intl) nameMarkedAnswer(toks []token) bool {
	c := answerColon(toks)
	if c < 1 || c > nameMarkMax || c+1 >= len(toks) {
		return false
	}
	for _, t := range toks[:c] {
		if !t.word() || !t.cap {
			return false
		}
	}
	s := ix.x.bySurname[toks[c-1].lower]
	if c > 1 {
		s = ix.x.byName[strings.ToLower(span(ix.x.text, toks, 0, c))]
	}
	if s == nil || s.canon().kind != pName || !strings.Contains(s.canon().name, " ") {
		return false
	}
	ix.interviewee = s.canon()
	return true
}

// answerColon returns the index of the colon among the first tokens of a
// paragraph (after an answer's letter or name), or -1.
func answerColon(toks []token) int {
	for i := 0; i < len(toks) && i <= nameMarkMax; i++ {
		if toks[i].is(":") {
			return i
		}
	}
	return -1
}
