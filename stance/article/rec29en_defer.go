package article

import "github.com/stancekit/stancekit/corpus"

// A verdict of one's own put off until a later step ("the coalition would
// publish its own assessment only after comparing the tallies", "the
// mission will issue its final conclusions only once the tribunal has
// ruled", "we will give no assessment before then") withholds recognition
// and is about the result though it may name neither the result nor the
// winner: monitors and parties say it of the count they are checking,
// and the judge read the bare "assessment … after comparing the totals"
// as off the result. The verdict is to come (a modal or "to" before the
// verb), the speaker's (a determiner or possessive, or "no"/"any" before
// the noun) and put off by a word of time within six words after the
// noun ("only after", "until", "once", "pending"), then a step of the
// count or its review (rec29enSteps). Not a verdict given ("published its
// assessment after the count": no modal), or one that waits for
// something else ("would give its view on rates after the meeting": an
// economist's, off the result, even from a commentator).

// rec29enVerdictDeferred reports whether run puts the speaker's own
// verdict off until a later step (see above).
func rec29enVerdictDeferred(run string) bool {
	words := actionWords(run)
	for i, w := range words {
		if !rec29enDeferVerbs[w] || i == 0 {
			continue
		}
		m := i - 1
		if m > 0 && claimNegations[words[m]] {
			m-- // "would not give any assessment until"
		}
		if !rec29enDeferModals[words[m]] {
			continue
		}
		if n := rec29enVerdictNoun(words, i+1); n > 0 && !rev29enVerdictOnOther(words, n) && rec29enUntilAfter(words, n) { // rev29en_defer.go: not 'its view on interest rates'
			return true
		}
	}
	return false
}

// rec29enVerdictNoun returns the index of the verdict noun of a phrase
// opening at words[j] ("its own final assessment", "no verdict", "out its
// position"), or -1.
func rec29enVerdictNoun(words []string, j int) int {
	if j < len(words) && words[j] == "out" {
		j++ // "set out its position"
	}
	if j >= len(words) || !rec29enDeferDets[words[j]] {
		return -1
	}
	for k := j + 1; k < len(words) && k <= j+3; k++ {
		switch {
		case rec29enVerdictNouns[words[k]]:
			return k
		case !rec29enDeferAdjs[words[k]]:
			return -1
		}
	}
	return -1
}

// rec29enUntilAfter reports whether a word of time that puts the verdict
// off follows the noun at words[n] within six words, then a step of the
// count (rec29enSteps) within ten words of it: "would give its view on
// rates after the meeting" waits for no count (an economist's, off the
// result), nor does "when asked about the tallies".
func rec29enUntilAfter(words []string, n int) bool {
	for k := n + 1; k < len(words) && k <= n+6; k++ {
		if !rec29enDeferUntils[words[k]] {
			continue
		}
		if words[k] == "when" && k+1 < len(words) && words[k+1] == "asked" {
			return false
		}
		for j := k + 1; j < len(words) && j <= k+10; j++ {
			if rec29enSteps[words[j]] {
				return true
			}
		}
		return false
	}
	return false
}

// rec29enDeferredRun makes a remark that puts the speaker's verdict off
// about the result and withholding: the classifier's prediction stands
// when it already reads withholding (it may be surer than a verb rule's
// actionConfidence), and the verb rule's replaces it otherwise.
func (r Reader) rec29enDeferredRun(a Analysis) Analysis {
	a.AboutResult, a.AboutResultProbability = true, 1
	if r.Classifier == nil || a.Prediction.Label == corpus.Withholding {
		return a
	}
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
	}
	return a
}
