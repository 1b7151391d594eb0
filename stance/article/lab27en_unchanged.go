package article

// An official or an observer who says that what went wrong did not change
// the result recognises it: "the flaws could not alter the outcome",
// "nothing we found would have changed who won", "none of it changes the
// count", "the errors were far too few to affect the result", "the
// corrections changed nothing about who had won". The model reads the
// flaws and the negation of such a remark and calls it hostile or
// withholding, and the judge of what is about the result may read the
// flaws as off it. lab27enOutcomeUnchanged is a claim recognising the
// result (claimStance) that is about it (claimAbout). Not an intent ("we are not trying to change the result",
// "no plan to alter the outcome" is guarded's), not a condition ("unless
// the recount changes the result"), not a change that happened ("the
// recount changed the result by eleven votes").

// lab27enUnchangedSpan is how far before the change verb a word of none
// may stand ("nothing the monitors logged on Sunday would have changed":
// eight words).
const lab27enUnchangedSpan = 8

// lab27enOutcomeUnchanged reports whether words deny that anything changed
// the result: a change verb with the result (resultNouns, figureNouns) or
// "who won" as its object, denied by a negation just before it, a word of
// none (or "too few to") a little before it, or "nothing about" after it.
func lab27enOutcomeUnchanged(words []string) bool {
	for i, w := range words {
		if !lab27enChangeVerbs[w] || lab27enIntended(words, i) || rev27lenTainted(words, i) {
			continue // rev27len_narrow.go: "would not change the outcome, because the fraud was done early"
		}
		if i+1 < len(words) && words[i+1] == "nothing" && lab27enOutcomeObject(words, i+2) {
			return true // "changed nothing about who had won"
		}
		if lab27enDenied(words, i) && lab27enOutcomeObject(words, i+1) {
			return true
		}
	}
	return false
}

// lab27enIntended reports whether the change verb at words[i] is an aim
// ("trying to change") or stands after a condition in its clause ("if
// nothing changes the result").
func lab27enIntended(words []string, i int) bool {
	if i >= 2 && words[i-1] == "to" && lab27enIntentWords[words[i-2]] {
		return true
	}
	for k := i - 1; k >= 0 && k >= i-2*lab27enUnchangedSpan; k-- {
		if conditionWords[words[k]] || claimHedges[words[k]] || rev27lenConditioned(words, k) { // rev27len_narrow.go: "once", "as long as"
			return true
		}
	}
	return false
}

// lab27enDenied reports whether the change verb at words[i] is denied: a
// negation within two words before it ("could not change", "would not
// have altered"), or a word of none or "too few" within
// lab27enUnchangedSpan words before it with no clause break between.
func lab27enDenied(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-lab27enUnchangedSpan; k-- {
		w := words[k]
		if i-k <= 2 && guardNegations[w] {
			return true
		}
		if lab27enNoneWords[w] && !rev27lenNoneBroken(words, k) || w == "few" && k > 0 && words[k-1] == "too" {
			return true
		}
		if w == "but" || w == "and" || w == "or" || w == "because" || rev27lenBreaks[w] { // rev27len_narrow.go: "when the militia changed"
			return false
		}
	}
	return false
}

// lab27enOutcomeObject reports whether the result is named in the three
// words from words[j]: a result or figure noun, or "who" and a word of
// winning ("about who had won").
func lab27enOutcomeObject(words []string, j int) bool {
	for k := j; k < len(words) && k < j+3; k++ {
		if resultNouns[words[k]] || figureNouns[words[k]] {
			return !desiredResult(words, k) && !rev27lenOtherObject(words, k) // rev27len_narrow.go: "the census totals"
		}
		if words[k] == "who" {
			return k+1 < len(words) && winWords[words[k+1]] || k+2 < len(words) && winWords[words[k+2]]
		}
	}
	return false
}
