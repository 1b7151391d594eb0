package article

// Committing to work with the new leader recognises the result (the
// label's own definition): "he looked forward to working closely with the
// new administration on climate change, trade and security"; "Madrid is
// ready to cooperate with the president-elect". The about-result judge,
// trained on statements that name the election, reads such a sentence,
// long on the policies to be worked on, as off the result; the model
// reads it as recognising. cooperates finds the commitment: a verb of
// working together, "with" within two words, then within three more the
// new leader — a winner's name form, "the president-elect", or "the new"
// or "incoming" before a government word — with no negation, hedge or
// refusal in the three words before the verb and no "whoever"
// ("we will work with whoever wins" commits to nobody).
func cooperates(folded, words []string, winners [][]string) bool {
	for i, w := range words {
		if !cooperationVerbs[w] || hedged(words, i) || refused(words, i) || unableBefore(words, i) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if words[k] == "with" && newLeaderAfter(folded, words, k+1, winners) {
				return true
			}
		}
	}
	return false
}

// unableBefore reports whether a word of inability or stopping stands in
// the three words before the verb words[i] ("it would be impossible to
// work with the new government", "will stop working with the new
// administration", "unwilling to cooperate with the president-elect").
func unableBefore(words []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if cooperationStops[words[k]] {
			return true
		}
	}
	return false
}

// newLeaderAfter reports whether the new leader is named within the three
// words from words[k] on.
func newLeaderAfter(folded, words []string, k int, winners [][]string) bool {
	for j := k; j < len(words) && j < k+3; j++ {
		switch {
		case words[j] == "whoever" || claimNegations[words[j]]:
			return false
		case startsForm(folded, j, winners) || electWords[words[j]]:
			return !conditionAfter(words, j)
		case (words[j] == "new" || words[j] == "incoming") && j+1 < len(words) && governmentWords[words[j+1]]:
			return !conditionAfter(words, j+1)
		}
	}
	return false
}
