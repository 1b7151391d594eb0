package article

// lab28enSettledBefore reports whether a remark says the result was
// settled before anyone voted: a participle of deciding (preDecidedVerbs)
// or of spoiling (lab28enSpoiledVerbs), then "before" (after at most two
// words of time: "long", "well", "weeks"), then within five words a word
// of voting ("the outcome had been decided long before anyone voted", "the
// race was fixed weeks before polling day", "the contest was compromised
// before a single ballot was cast"), with a word of the result or the vote
// in the eight words before the participle. preDecided reads "in advance"
// and "beforehand"; this is the same claim told against the day of the
// vote. A negation just before the participle ("was not decided before
// the vote") takes it back, and a "before" with no voting after it ("was
// decided before the court ruled") is only a time.
func lab28enSettledBefore(words []string) bool {
	for i, w := range words {
		if !preDecidedVerbs[w] && !lab28enSpoiledVerbs[w] || refusedBefore(words, i) {
			continue
		}
		j := i + 1
		for j < len(words) && j <= i+2 && lab28enTimeWords[words[j]] {
			j++
		}
		if j >= len(words) || words[j] != "before" || !lab28enVotingAfter(words, j+1) ||
			rev28lenVoteEnded(words, j+1) || rev28lenDenied(words, i) { // rev28len_narrow.go

			continue
		}
		for k := max(0, i-8); k < i; k++ {
			if resultNouns[words[k]] || figureNouns[words[k]] || voteNouns[words[k]] || lab28enRaceNouns[words[k]] {
				return true
			}
		}
	}
	return false
}

// lab28enVotingAfter reports whether a word of voting comes among the
// five words from words[from] ("anyone voted", "a single ballot was
// cast", "polling day").
func lab28enVotingAfter(words []string, from int) bool {
	for k := from; k < len(words) && k < from+5; k++ {
		if lab28enVotingWords[words[k]] || voteNouns[words[k]] {
			return true
		}
	}
	return false
}
