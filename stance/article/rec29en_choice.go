package article

// The voters named as having chosen the winner by name ("voters had
// rewarded Lima for her reforms", "the electorate has given Lima a clear
// mandate", "the country has chosen Lima") is a claim that recognises the
// result, and about it whatever the judge reads in the rest of the run: a
// leader abroad often says only this of a foreign vote. votersChose
// (spoken.go) needs the choice to close its clause ("the voters have
// decided"); here the winner is its object. Not a condition, demand or
// forecast ("if voters back Lima", "voters should reward Lima", "voters
// will give Lima a mandate"), a denial ("voters did not choose Lima",
// "never gave Lima a mandate") or a claim given to others ("they claim
// voters chose Lima"); a rival as the object is no recognition ("voters
// had chosen Sousa").

// rec29enVotersChoseWinner reports whether some word of words opens the
// voters' choice of a winner (see above); winners are the folded forms
// of the winner's names (claimForms).
func rec29enVotersChoseWinner(words []string, winners [][]string) bool {
	folded := foldWords(words)
	for i, w := range words {
		if rec29enVoters[w] && !hedged(words, i) && !rev29enPartOfVoters(words, i) && !rec29enHeldBefore(words, i) && rec29enChoiceOf(words, folded, i, winners) {
			return true
		}
	}
	return false
}

// rec29enHeldBefore reports whether a condition (conditionWords) stands
// in the five words before the voters ("until voters have chosen Lima").
func rec29enHeldBefore(words []string, i int) bool {
	for k := max(0, i-5); k < i; k++ {
		if conditionWords[words[k]] {
			return true
		}
	}
	return false
}

// rec29enChoiceOf reports whether the voters at words[i] are followed,
// within three words and through auxiliaries and adverbs only, by a verb
// of choice whose object (after at most a title) is the winner.
func rec29enChoiceOf(words, folded []string, i int, winners [][]string) bool {
	for k := i + 1; k < len(words) && k <= i+3; k++ {
		w := words[k]
		switch {
		case claimNegations[w] || claimHedges[w] || rec29enHolds[w]:
			return false
		case rec29enChoiceVerbs[w]:
			j := k + 1
			if j < len(words) && rec29enTitles[words[j]] {
				j++
			}
			return j < len(words) && startsForm(folded, j, winners)
		case w == "have" || w == "has" || w == "had" || w == "clearly" || w == "overwhelmingly" || w == "decisively" || w == "simply":
		default:
			return false
		}
	}
	return false
}
