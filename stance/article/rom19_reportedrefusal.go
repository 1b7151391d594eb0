package article

import "strings"

// A refusal of the result told in reported speech: "il avait fait savoir
// qu'il refusait ces chiffres", "a déclaré qu'elle rejetait les résultats
// provisoires". The same words told as an act ("a rejeté les chiffres")
// are hostile by condemnsVote (fgr14_condemnvote.go); in a reported
// clause the verb rule labelled only a negated recognition, and the
// models, trained on first-person statements, read the third person's
// refusal as little more than a reservation.
//
// reportedCondemnation reports whether a reported run opens with a
// complementizer or a subject pronoun ("que", "qu'il", "il"), and past
// them (and up to two preverbs or a short subject: "que le parti") with a verb of condemning or rejecting the vote whose object
// is the vote or its figures (condemnsVote, with the imperfect and
// present of refusing: romRefuseVerbs).
func (l *langLexicon) reportedCondemnation(run string) bool {
	words := actionWords(run)
	k := 0
	for k < len(words) && k < 2 && (l.complementizers[words[k]] || romSubjectClitic(l, words[k])) {
		k++
	}
	if k == 0 {
		return false // a clause that does not open as a "that"-clause is left as it was
	}
	return l.condemnsVote(words[k:])
}

// romSubjectClitic reports whether w is a subject pronoun, alone or
// fused with the complementizer ("qu'il", "qu’elle").
func romSubjectClitic(l *langLexicon, w string) bool {
	if l.pronouns[w] {
		return true
	}
	for _, c := range []string{"qu'", "qu’"} {
		if rest, ok := strings.CutPrefix(w, c); ok && l.pronouns[rest] {
			return true
		}
	}
	return false
}
