package article

// A verdict put off until a step of the count (rec29en_defer.go) is a
// verdict on the vote only when it has no object or its object is the
// vote: a pollster's "would publish its own assessment of the swing only
// after the final count", an economist's "would give its view on
// interest rates once the results were final" and a demographer's "would
// publish its findings on turnout by age after the count" wait for the
// count but judge something else (off the result, the guidelines' "how
// polls work", "markets' moves"). "its assessment of the election", "its
// view on the vote in the north" and a bare "its assessment" still defer.

// rev29enVerdictOnOther reports whether the verdict noun at words[n] has
// an object (after rev29enObjectPreps) whose head, the last word before
// the phrase ends (rev29enObjectEnds, rec29enDeferUntils), is not the
// vote or its result.
func rev29enVerdictOnOther(words []string, n int) bool {
	if n+1 >= len(words) || !rev29enObjectPreps[words[n+1]] {
		return false
	}
	head := ""
	for k := n + 2; k < len(words) && k <= n+7; k++ {
		if rev29enObjectEnds[words[k]] || rec29enDeferUntils[words[k]] {
			break
		}
		head = words[k]
	}
	return head != "" && !resultNouns[head] && !winWords[head] && !resultObjectWords[head] && !rev29enVoteNouns[head]
}
