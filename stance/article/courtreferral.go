package article

// referredToCourt reports whether a remark sends whoever disputes the
// result to the courts: a word for anyone (referralSubjects: "anyone",
// "anybody", "whoever", "those") within three words before a word of
// grievance (grievanceWords: "unhappy", "aggrieved", "disputes"), and a
// word for a court (courtWords) within ten words after it ("anybody
// unhappy with the result knew where the courthouse is", "those who are
// aggrieved should go to the courts", "anyone who disputes the result is
// free to petition the tribunal"). Those defending a result say this to
// its challengers; the model reads the grievance as the speaker's. The
// aggrieved speaking of themselves ("we are unhappy with the result and
// will go to court") name no one else, and a negation before the court
// ("those aggrieved have no court to turn to") is a complaint.
func referredToCourt(words []string, i int) bool {
	if !grievanceWords[words[i]] {
		return false
	}
	anyone := false
	for k := max(0, i-3); k < i; k++ {
		anyone = anyone || referralSubjects[words[k]]
	}
	if !anyone {
		return false
	}
	for k := i + 1; k < len(words) && k <= i+10; k++ {
		if claimNegations[words[k]] {
			return false
		}
		if courtWords[words[k]] {
			return true
		}
	}
	return false
}
