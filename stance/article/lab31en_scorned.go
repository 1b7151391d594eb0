package article

import (
	"slices"
	"strings"
)

// A rejection of the result scorned (GUIDELINES rule 14: attacking an
// attempt to overturn the count supports the result): "denounced the
// Western rejection of the vote", "said it was unacceptable of the
// neighbours not to recognise the election", "The bloc refused to
// recognise it. We believe this is unacceptable." The model reads the
// refusal's words ("refused to recognise", "rejection", "condemn") as the
// speaker's own hostility. A run is recognising when a word of scorn
// (lab31enScornStems) comes within lab31enScornSpan words of a refusal
// made by others: a noun of rejection of the result ("rejection of the
// vote", "Kell's refusal to concede"; not "its refusal", "our refusal"),
// "not to recognise" after "of" (the infinitive of "unacceptable of X not
// to …"), or a refusing verb with a subject of its own that is no first
// person ("the bloc refused to recognise it"; not an act's own "refused
// to recognise the result, and the bloc condemned the arrests"). A run that refuses
// in the first person ("we will not recognise", "we refuse to accept")
// or charges fraud (lab25Accusations) is not read so.

// lab31enScornSpan is how far apart the scorn and the refusal may be:
// "refused to recognise it and called on all the others to follow suit.
// We believe this is unacceptable".
const lab31enScornSpan = 25

// lab31enRejectionScorned reports whether words scorn a refusal of the
// result made by others (see above).
func lab31enRejectionScorned(words []string) bool {
	if hasStem(words, lab25Accusations) || lab31enOwnRefusal(words) {
		return false
	}
	for r := range words {
		if !lab31enOthersRejection(words, r) {
			continue
		}
		for s := max(0, r-lab31enScornSpan); s < len(words) && s <= r+lab31enScornSpan; s++ {
			for _, stem := range lab31enScornStems {
				if strings.HasPrefix(words[s], stem) {
					return true
				}
			}
		}
	}
	return false
}

// lab31enOthersRejection reports whether a refusal of the result made by
// others opens at words[r] (see above).
func lab31enOthersRejection(words []string, r int) bool {
	next := func(k int) string {
		if r+k < len(words) {
			return words[r+k]
		}
		return ""
	}
	accepts := func(w string) bool {
		return strings.HasPrefix(w, "recogni") || strings.HasPrefix(w, "accept") || strings.HasPrefix(w, "conced")
	}
	switch {
	case lab31enRejectionNouns[words[r]] && next(1) == "of":
		for k := 2; k <= 4; k++ {
			if resultNouns[next(k)] || lab31enVoteNouns[next(k)] {
				return true
			}
		}
		return false
	case words[r] == "refusal":
		return next(1) == "to" && accepts(next(2)) && rev31lenResultObject(words, r+2) && (r == 0 || !lab31enOwnDeterminers[words[r-1]])
	case words[r] == "not":
		return next(1) == "to" && accepts(next(2)) && rev31lenResultObject(words, r+2) && slices.Contains(words[max(0, r-6):r], "of")
	case refusingVerbs[words[r]] && next(1) == "to" && accepts(next(2)) && rev31lenResultObject(words, r+2):
		if r == 0 || auxWords[words[r-1]] {
			return false // the speaker's or the actor's own: "refused to recognise the result"
		}
		if anyWordIn(words[max(0, r-3):r], lab25FirstPerson) {
			return false
		}
		return true
	}
	return false
}

// lab31enOwnRefusal reports whether a first-person pronoun is followed
// within four words by a negation or a refusing verb and a verb of
// recognition: "we will not recognise", "I refuse to accept".
func lab31enOwnRefusal(words []string) bool {
	for i, w := range words {
		if !lab25FirstPerson[w] {
			continue
		}
		denied := false
		for k := i + 1; k < len(words) && k <= i+5; k++ {
			denied = denied || negations[words[k]] || refusingVerbs[words[k]] || strings.HasSuffix(words[k], "n't")
			if denied && (strings.HasPrefix(words[k], "recogni") || strings.HasPrefix(words[k], "accept")) {
				return true
			}
		}
	}
	return false
}

// lab31enScornedRun makes an English run that scorns others' refusal of
// the result recognising (see above).
func (r Reader) lab31enScornedRun(a *Analysis, run string, commentator bool) {
	if commentator || a.NoStance || r.Classifier == nil || !lab31enRejectionScorned(actionWords(run)) {
		return
	}
	if p, ok := actionPrediction(verdictRecognising, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
}
