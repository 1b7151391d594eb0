package article

// disownsResult reports whether a remark refuses to own the result: a
// negation or refusal in the three words before a verb of owning
// (disownVerbs: "own", "take ownership of", "endorse", "associate
// ourselves with", "validate"), then the result with only determiners
// and prepositions between ("We cannot take ownership of the result",
// "will not endorse the results", "could not associate itself with the
// outcome"). Officials and parties who disown a count reject it; the
// model reads the negation as withholding. A condition after the result
// (conditionAfter: "cannot endorse the result until the audit is done")
// waits instead,
// and a claim between verb and result ("will not endorse claims that the
// result was rigged") disowns the claim, not the result.
func disownsResult(text string) bool {
	words := actionWords(text)
	for i, w := range words {
		if !disownVerbs[w] || !refusedBefore(words, i) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			if resultNouns[words[k]] {
				return !conditionAfter(words, k)
			}
			if !disownFillers[words[k]] {
				break
			}
		}
	}
	return false
}

// refusedBefore reports whether a negation or a refusal stands in the
// three words before words[i] ("cannot", "will not", "refused to").
func refusedBefore(words []string, i int) bool {
	for k := max(0, i-3); k < i; k++ {
		if claimNegations[words[k]] || refusalWords[words[k]] {
			return true
		}
	}
	return false
}
