package article

// mostVotesRecord reports whether "the most votes" or "more votes than"
// said of a rival at words[i] (mostVotesAfter) is a record or another
// contest rather than this election's win, or is denied: in the rival's
// clause (up to a clause break; clauseBreaks), before the name within six
// words a year, a partial contest ("in the first round", "in the
// capital"; partialWinObjects), an earlier vote ("last time"), a negation
// or a word calling it false ("no count showed", "wrongly"); or after the
// name within twelve words a year, a record ("ever", "since", "in our
// history", "four years ago"), an earlier vote, "of any" before a class
// of candidates ("of any opposition candidate", not "of any other
// candidate") or "for a" ("for a losing candidate").
func mostVotesRecord(words []string, i int) bool {
	return rivalNamingDenied(words, i) || votesQualifiedBefore(words, i) || votesQualifiedAfter(words, i)
}

// rivalNamingDenied reports whether a negation or a word calling it
// false stands before the rival at words[i] within six words of its
// clause ("no credible count had ever shown Sousa as the winner", "a fake
// site wrongly named Sousa as the winner").
func rivalNamingDenied(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !clauseBreaks[words[k]]; k-- {
		if claimNegations[words[k]] || rev22lenDenyAdverbs[words[k]] {
			return true
		}
	}
	return false
}

// votesQualifiedBefore is the part of mostVotesRecord before the name.
func votesQualifiedBefore(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-6 && !clauseBreaks[words[k]]; k-- {
		if yearWord(words[k]) || partialWinObjects[words[k]] || earlierVote(words, k) {
			return true
		}
	}
	return false
}

// votesQualifiedAfter is the part of mostVotesRecord after the name.
func votesQualifiedAfter(words []string, i int) bool {
	for k := i + 1; k < len(words) && k <= i+12 && !clauseBreaks[words[k]]; k++ {
		w := words[k]
		switch {
		case yearWord(w) || rev22lenRecordWords[w] || earlierVote(words, k):
			return true
		case k+2 < len(words) && w == "of" && words[k+1] == "any" && !rev22lenAnyWinners[words[k+2]]:
			return true
		case k+1 < len(words) && w == "for" && (words[k+1] == "a" || words[k+1] == "an"):
			return true
		}
	}
	return false
}

// earlierVote reports whether words[k] is "last", "previous" or
// "earlier" before a noun of a vote or a time ("last time", "the previous
// election").
func earlierVote(words []string, k int) bool {
	return rev22lenEarlierWords[words[k]] && k+1 < len(words) && rev22lenEarlierNouns[words[k+1]]
}

// yearWord reports whether w is a year of four digits beginning 19 or 20.
func yearWord(w string) bool {
	if len(w) != 4 || !(w[:2] == "19" || w[:2] == "20") {
		return false
	}
	for _, r := range w[2:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// rivalAsDenied reports whether a rival given the win through "as"
// between the name at words[i] and the word of winning at words[k]
// ("showed Sousa as the winner"; lab22enWinAs) is denied or called false
// before the name (rivalNamingDenied): "no credible count had ever shown
// Sousa as the winner".
func rivalAsDenied(words []string, i, k int) bool {
	for j := i + 1; j < k; j++ {
		if lab22enWinAs[words[j]] {
			return rivalNamingDenied(words, i)
		}
	}
	return false
}
