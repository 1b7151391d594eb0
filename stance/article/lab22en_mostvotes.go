package article

// mostVotesAfter reports whether a rival's name at words[i] is followed,
// across linking words only (winBetween, the rest of the name), by a verb
// of getting and "the most votes", "most of the votes" or "more votes
// than" someone ("Sousa received the most votes", "the tally sheets show
// Sousa had obtained more votes than Lima", "Sousa got most of the
// ballots"): the election given to the rival in other words than "won",
// which rivalWon reads as it reads "Sousa won". A part of the vote ("got
// the most votes in the capital"; partialWin), fewer votes, a negation or
// any other word between ("Sousa hoped to get the most votes") is not.
func mostVotesAfter(words, folded []string, i int, rivals [][]string) bool {
	for k := i + 1; k < len(words) && k <= i+claimSpan; k++ {
		if lab22enGetVerbs[words[k]] {
			return mostVotesObject(words, k) && !partialWin(words, k+3)
		}
		if !winBetween[words[k]] && !startsForm(folded, k, rivals) {
			return false
		}
	}
	return false
}

// mostVotesObject reports whether the words after the verb at words[k]
// are "the most votes", "most votes", "most of the votes" or "more votes
// than" (not "than expected", "than last time": lab22enThanStops).
func mostVotesObject(words []string, k int) bool {
	j := k + 1
	if j < len(words) && words[j] == "the" {
		j++
	}
	if j+1 >= len(words) {
		return false
	}
	switch words[j] {
	case "most":
		if words[j+1] == "of" && j+3 < len(words) && words[j+2] == "the" {
			return lab22enVoteNouns[words[j+3]]
		}
		return lab22enVoteNouns[words[j+1]]
	case "more":
		return lab22enVoteNouns[words[j+1]] && j+3 < len(words) && words[j+2] == "than" && !lab22enThanStops[words[j+3]]
	}
	return false
}
