package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// A concern voiced, or a call for a transparent count, withholds
// (GUIDELINES rule 4: "serious concerns that must be clarified", calls
// for transparency or verification; T3): "We have serious concerns that
// the announced result does not reflect the will of the voters",
// "expressed concern over the vote count, which set off riots and
// charges of fraud", "expressed his distrust of the results", "stressed
// the need for transparent and accurate results". The model read the
// doubt's content ("does not reflect the will") or the narrator's aside
// on the count ("charges of fraud") as the speaker's rejection, or the
// call's praise words ("accurate results") as acceptance.
// lab31enConcernOpens finds, in the run's first lab31enConcernOpening
// words, a verb of holding or voicing ("have", "expressed", "raised")
// with a noun of concern or doubt within three words (lab31enConcernNouns)
// and a preposition or "that" after it, then within
// lab31enConcernObjectSpan words a word of the vote, its count or its
// result ("concern over the vote count"; not "concern over the economy"),
// or "the need for" followed within
// three words by a word of a checked count (lab31enCheckWords). The run,
// cut before a relative aside (", which …", ", who …": the narrator's),
// must not charge fraud (lab25Accusations), call the result illegitimate,
// refuse it in the first person or add a denial of its own ("had serious
// misgivings about the conduct of the vote and could not regard the
// result as democratic": lab31enDeniedToo): concern with a rejection is
// hostile (rule 1), and is left to the model.

// lab31enConcernOpening is how far into the run the concern must open:
// "Washington has serious concerns that", "the bloc had expressed concern".
const lab31enConcernOpening = 6

// lab31enConcernOpens reports whether words open with a concern voiced
// or a call for a checked count (see above).
func lab31enConcernOpens(words []string) bool {
	for i := 0; i < len(words) && i < lab31enConcernOpening; i++ {
		if lab31enConcernVerbs[words[i]] {
			for k := i + 1; k+1 < len(words) && k <= i+3 && !rev31lenConcernDenied(words[k]); k++ { // rev31len_narrow.go: "have no doubts"
				if lab31enConcernNouns[words[k]] && lab31enConcernLinks[words[k+1]] {
					return lab31enCountNear(words, k+1)
				}
			}
		}
		if i+2 < len(words) && words[i] == "need" && words[i+1] == "for" {
			for k := i + 2; k < len(words) && k <= i+4; k++ {
				if lab31enCheckWords[words[k]] {
					return rev31lenCheckedCount(words, k) // rev31len_narrow.go: not "transparency in the spending"
				}
			}
		}
	}
	return false
}

// lab31enAsideCut is text up to a relative aside (", which", ", who").
func lab31enAsideCut(text string) string {
	for _, m := range []string{", which ", ", who "} {
		if i := strings.Index(text, m); i >= 0 {
			text = text[:i]
		}
	}
	return text
}

// lab31enConcernRun makes an English run that voices a concern or calls
// for a checked count withholding (see above).
func (r Reader) lab31enConcernRun(a *Analysis, run string, commentator bool) {
	if commentator || a.NoStance || r.Classifier == nil || a.Prediction.Label == corpus.Withholding {
		return
	}
	words := actionWords(lab31enAsideCut(run))
	if !lab31enConcernOpens(words) || hasStem(words, lab25Accusations) || hasStem(words, lab31enRejectStems) || lab31enOwnRefusal(words) || lab31enDeniedToo(words) || rev31lenNotOwnConcern(r.Context, words) {
		return
	}
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
}

// lab31enDeniedToo reports whether a clause joined by "and" or "but"
// denies something within three words ("and could not speak of a fair
// election", "but cannot accept"): a verdict added to the concern.
func lab31enDeniedToo(words []string) bool {
	for i, w := range words {
		if w != "and" && w != "but" {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if negations[words[k]] || words[k] == "cannot" || words[k] == "no" || strings.HasSuffix(words[k], "n't") {
				return true
			}
		}
	}
	return false
}

// lab31enConcernObjectSpan is how far after the concern the vote, its
// count or its result must be named: "concerns that the result announced".
const lab31enConcernObjectSpan = 6

// lab31enCountNear reports whether a word of the vote, its count or its
// result comes within lab31enConcernObjectSpan words from words[k].
func lab31enCountNear(words []string, k int) bool {
	for j := k; j < len(words) && j < k+lab31enConcernObjectSpan; j++ {
		if resultNouns[words[j]] || lab31enVoteNouns[words[j]] || countNouns[words[j]] || processNouns[words[j]] {
			return !rivalCount(words[k:j]) // rev31len: not the rival's count ("the opposition's parallel count")
		}
	}
	return false
}
