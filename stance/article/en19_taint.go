package article

// taintedPraise reports whether the praise name at words[k] is followed
// within two words by a taintParticiples participle ("called the result
// a victory bought with influencers' money", "a win purchased by the
// state"): the name mocks the result. A participle of the name's own
// merit ("a victory won fairly") is no taint, and one that may say fair
// or foul means ("bought", "engineered") taints only when foul means
// follow it (foulMeansAfter; rev19en: "a victory bought with the
// sacrifice of a generation", "a triumph engineered by a brilliant
// campaign" stay praise).
func taintedPraise(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+2; j++ {
		if taintParticiples[words[j]] {
			return !foulMeansParticiples[words[j]] || foulMeansAfter(words, j)
		}
	}
	return false
}

// foulMeansWindow is how many words after the participle the means it
// was got with may be named ("bought with influencers and municipal
// money").
const foulMeansWindow = 6

// foulMeansAfter reports whether a foulMeans or fraudWords word follows
// the participle at words[j] within foulMeansWindow words.
func foulMeansAfter(words []string, j int) bool {
	for m := j + 1; m < len(words) && m <= j+foulMeansWindow; m++ {
		if foulMeans[words[m]] || fraudWords[words[m]] {
			return true
		}
	}
	return false
}
