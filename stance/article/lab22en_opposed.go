package article

// opposedDemand reports whether the demand verb at words[i] is a demand
// the act argues against, not one the actor makes: after "instead of" or
// "rather than" ("urged the opposition to end its blockades instead of
// calling for a new vote"), or after a verb of giving up, perhaps with a
// determiner between ("told them to stop calling for a rerun", "urged the
// party to drop its call for new elections"). Someone who refuses to give
// the demand up keeps it: a negation or refusal within three words before
// the verb of giving up ("refused to drop its call for a new vote")
// leaves the demand the actor's.
func opposedDemand(words []string, i int) bool {
	if i >= 2 && (words[i-2] == "instead" && words[i-1] == "of" || words[i-2] == "rather" && words[i-1] == "than") {
		return true
	}
	s := i - 1
	if s >= 1 && lab22enDemandDets[words[s]] {
		s--
	}
	if s < 0 || !lab22enGiveUpVerbs[words[s]] {
		return false
	}
	for k := max(0, s-3); k < s; k++ {
		if actionNegations[words[k]] || lab22enRefusals[words[k]] {
			return false
		}
	}
	return true
}
