package article

// Narrow limits on lab27en_unchanged.go, found by probing it with
// sentences that share its words but not its construction.

// rev27lenConditioned reports whether words[k] opens a condition that
// lab27enIntended's lists miss: once, provided, assuming, or "as long as".
func rev27lenConditioned(words []string, k int) bool {
	return rev27lenConditions[words[k]] || words[k] == "long" && k > 0 && words[k-1] == "as" && k+1 < len(words) && words[k+1] == "as"
}

// rev27lenNoneBroken reports whether the word of none at words[k] denies
// nothing of the change verb: it is "with no" or "without" a state ("with
// no observers present, the officials changed the totals").
func rev27lenNoneBroken(words []string, k int) bool {
	return k > 0 && words[k-1] == "with"
}

// rev27lenTainted reports whether the words after the change verb at
// words[i] accuse the vote ("would not change the outcome, because the
// fraud was done in the rolls", "no appeal will change this stolen
// result", "had not changed the outcome … and called the election a
// fraud"): the denial is then a step in a rejection, not a recognition.
// A fraud dismissed ("and claims of fraud were baseless") or negated
// ("was not rigged") accuses nothing.
func rev27lenTainted(words []string, i int) bool {
	for k := i + 1; k < len(words); k++ {
		w := words[k]
		if !(condemnWords[w] || fraudWords[w] || accusationWords[w] && w != "only" && w != "minority") {
			continue
		}
		if !fraudDismissed(words, k) && !(k > 0 && guardNegations[words[k-1]]) {
			return true
		}
	}
	return false
}

// rev27lenOtherObject reports whether the result noun at words[k] is
// another matter's: a decision, vote or ruling on or to do something, the
// outcome of talks (rev24enOtherMatter), a person's or government's
// decision, figures for something that is no election ("the figures for
// inflation"), or figures led by a word of another matter ("the census
// totals").
func rev27lenOtherObject(words []string, k int) bool {
	if rev24enOtherMatter(words, k) || decisionNouns[words[k]] && k > 0 && personalOwners[words[k-1]] {
		return true
	}
	if !figureNouns[words[k]] {
		return false
	}
	if k > 0 && !rev27lenFigureLeads[words[k-1]] && !rev24enElectionWords[words[k-1]] && !lab27enChangeVerbs[words[k-1]] && words[k-1] != "about" {
		return true
	}
	if k+1 < len(words) && words[k+1] == "for" {
		for j := k + 2; j < len(words) && j <= k+5; j++ {
			if rev24enElectionWords[words[j]] {
				return false
			}
		}
		return true
	}
	return false
}
