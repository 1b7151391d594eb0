package article

// overLimited reports whether "over" at words[k] ("the election is over")
// is limited by what follows within four words: a condition or a limit
// (rev22lenOverLimits: "over for us only when the courts have ruled",
// "over until every ballot is counted", "over if the court agrees") or a
// point of view ("over as far as the government is concerned"). Such a
// vote is over for someone else, or later, not final.
func overLimited(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		if rev22lenOverLimits[words[j]] {
			return true
		}
		if j+2 < len(words) && words[j] == "as" && words[j+1] == "far" && words[j+2] == "as" {
			return true
		}
	}
	return false
}
