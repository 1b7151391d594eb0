package article

// pendingOutcome reports whether the result noun words[obj] is the outcome
// of a process still under way: "of" and, within three words, a recount,
// an audit, an appeal or a challenge ("would abide by the outcome of the
// recount", "respect the result of his court challenge"). Abiding by it
// waits on that process and recognises nothing yet (respectsResult).
func pendingOutcome(words []string, obj int) bool {
	if obj+1 >= len(words) || words[obj+1] != "of" {
		return false
	}
	for k := obj + 2; k < len(words) && k <= obj+4; k++ {
		if verifyWords[words[k]] && words[k] != "tally" || challengeNouns[words[k]] || words[k] == "case" {
			return true
		}
	}
	return false
}
