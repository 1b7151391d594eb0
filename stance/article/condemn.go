package article

// A remark that calls the vote or its result illegitimate, rigged, a
// sham or stolen rejects the result (GUIDELINES.md, rule 1), but the
// stance model weighs that one word against all the others of the
// remark: "the bloc considered it illegitimate" or "The EU considers the
// election illegitimate" come out withholding by the many words that
// diplomatic waiting shares with them. condemnsResult reads such a word
// as a claim against the result, and its evidence (condemnEvidence for
// hostile) is multiplied into the model's probabilities, as a claim that
// recognises the result is (claim.go): a confident other reading stays.
//
// The word does not condemn when a negation, a hedge or a condition
// comes within condemnSpan words before it ("not illegitimate", "claims
// that the vote was rigged", "if the vote was rigged", "whether it was
// stolen"), or when the accusation is dismissed ("no evidence the count
// was rigged", "rigging allegations were baseless"; fraudDismissed).

// condemnSpan is how far before the condemning word a negation, hedge
// or condition takes it back ("nobody has said the vote was rigged": six
// words).
const condemnSpan = 6

// condemnsResult reports whether text calls the vote or its result by a
// condemning word (condemnWords) that nothing before it takes back.
func condemnsResult(text string) bool {
	words := actionWords(text)
	for i, w := range words {
		if condemnWords[w] && !takenBack(words, i) && !fraudDismissed(words, i) {
			return true
		}
	}
	return false
}

// takenBack reports whether a negation, a hedge or a condition stands in
// the condemnSpan words before words[i].
func takenBack(words []string, i int) bool {
	for k := max(0, i-condemnSpan); k < i; k++ {
		if claimNegations[words[k]] || claimHedges[words[k]] || conditionWords[words[k]] {
			return true
		}
	}
	return false
}
