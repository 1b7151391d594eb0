package article

import "github.com/stancekit/stancekit/stance"

// Narrowings of rec30enTooEarly (rec30en_early.go), found by probes: a
// word of the verdict after "too early" is no verdict on the result when
// it is a forecast ("too early to say who would win the race for the
// finance portfolio", "whether the coalition deal will win a majority"),
// when winning or losing has an object that is no vote ("had arrived too
// early and lost an hour of her shift", "whether the lobby had won any
// promises from the cabinet", "had lost ground in the cities"), or when
// an adjective of the verdict (final, fair, clean …) stands with no word
// of the vote or its result near ("too early to give a final list of
// ministers", "premature to talk of a clean break with the budget
// rules"; but "too early to call the vote fair"). Nor is the timing
// affirmed when it is denied with "no longer" or "hardly" ("it is no
// longer too early to congratulate Lima").

// rev30enNoVerdict reports whether the verdict word w[k] after "too
// early" or before "premature" is none on the result (see above).
func rev30enNoVerdict(w []string, k int) bool {
	for j := max(0, k-2); j < k; j++ {
		if rev30enModals[w[j]] {
			return true // "who would win"
		}
	}
	if rev30enWinVerbs[w[k]] && k+1 < len(w) && rev30enDets[w[k+1]] {
		for j := k + 2; j < len(w) && j <= k+4; j++ {
			if rev30enWinObjects[w[j]] || rec29enSteps[w[j]] {
				return false // "won the race"
			}
		}
		return true // "lost an hour"
	}
	if rev30enWinVerbs[w[k]] && k+1 < len(w) && rev30enWinIdioms[w[k+1]] {
		return true // "had lost ground in the cities"
	}
	return rev30enVerdictAdjs[w[k]] && !rev30enVoteNear(w, k) // "a final list of ministers", "a clean break"
}

// rev30enVoteNear reports whether a word of the vote or its result
// stands within eight words before the verdict adjective w[k] or two
// after it: "call the vote fair", "talk of the result as final".
func rev30enVoteNear(w []string, k int) bool {
	near := w[max(0, k-8):min(len(w), k+3)]
	return anyWordIn(near, rec30enVoteWords) || anyWordIn(near, rec29enSteps) || anyWordIn(near, rev30enResultWords)
}

// rev30enTimingDenied reports whether the words before "too early" or
// "premature" at w[at] deny it: "not", "no longer", "hardly".
func rev30enTimingDenied(w []string, at int) bool {
	if at == 0 {
		return false
	}
	p := w[at-1]
	return claimNegations[p] || p == "hardly" || p == "scarcely" || p == "longer" && at > 1 && w[at-2] == "no"
}

// rev30enTooEarlyRun reports whether run calls a verdict on the result
// too early (rec30enTooEarly), unless it recognises the result and what it
// calls premature is a challenge to it: "Lima had won fairly and talk of a
// recount was premature" recognises; "talk of fraud is premature while
// the sheets are counted" still withholds, and so does "any talk of the
// result as final is premature", whatever claimStance reads in "the
// result as final".
func rev30enTooEarlyRun(ctx stance.Context, run string) bool {
	if !rec30enTooEarly(run) {
		return false
	}
	return !anyWordIn(actionWords(run), rev30enChallenges) || claimStance(ctx, run) != verdictRecognising
}
