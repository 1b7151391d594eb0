package article

import "strings"

// skipLeadInSplit is skipLeadIn for the word toks[k] before a verb, also
// across a split infinitive: in "X went online on Monday to publicly
// congratulate W" or "X picked up the phone to personally congratulate
// W" the adverb in -ly stands between "to" and the verb, and the lead-in
// ends at "to" all the same. Without a lead-in it is skipLeadIn(toks, k).
func skipLeadInSplit(toks []token, k int) int {
	if k >= 1 && splitAdverb(toks[k]) && toks[k-1].is("to") {
		if j := skipLeadIn(toks, k-1); j != k-1 {
			return j
		}
	}
	return skipLeadIn(toks, k)
}

// splitAdverb reports whether t is an adverb in -ly ("publicly",
// "formally"), not a noun such as "rally".
func splitAdverb(t token) bool {
	return t.word() && !t.cap && len(t.lower) > 4 && strings.HasSuffix(t.lower, "ly") && !lyNouns[t.lower]
}
