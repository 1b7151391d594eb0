package article

// recognisesNobody reports whether a remark withholds recognition from
// every candidate alike: a negation in the three words before a verb of
// recognising (nobodyVerbs), then "anybody", "anyone" or "either" as its
// object ("Until then, Norland is not recognising anybody", "we will not
// congratulate anyone yet", "will not recognise either"). Leaders waiting
// for the count say this; the model reads the rest of the remark. "will
// not recognise anyone who claims the presidency" refuses a claimant, not
// the count, and is none.
func recognisesNobody(text string) bool {
	words := actionWords(text)
	for i, w := range words {
		if !nobodyVerbs[w] || i+1 >= len(words) || !nobodyObjects[words[i+1]] || !refusedBefore(words, i) {
			continue
		}
		if i+2 < len(words) && (words[i+2] == "who" || words[i+2] == "that") || accused(words, i) || resultAfter(words, i+1) {
			continue
		}
		return true
	}
	return false
}

// resultAfter reports whether a result noun follows words[k] within three
// words ("anyone on a result that …").
func resultAfter(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+3; j++ {
		if resultNouns[words[j]] {
			return true
		}
	}
	return false
}
