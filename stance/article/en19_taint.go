package article

// taintedPraise reports whether the praise name at words[k] is followed
// within two words by a taintParticiples participle ("called the result
// a victory bought with influencers' money", "a win purchased by the
// state"): the name mocks the result. A participle of the name's own
// merit ("a victory won fairly") is no taint.
func taintedPraise(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+2; j++ {
		if taintParticiples[words[j]] {
			return true
		}
	}
	return false
}
