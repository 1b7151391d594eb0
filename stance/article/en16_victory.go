package article

import "github.com/stancekit/stancekit/corpus"

// victoryClaim reports whether the verb toks[i] claims the win for its
// subject: "claimed victory on election night", "declared victory",
// "proclaimed himself the winner" (an optional "the" or "an early"-free
// form only: the noun or the reflexive right after the verb). What
// follows is not a reported clause ("victory on election night" says
// nothing by itself): the claim is the subject's act.
func victoryClaim(toks []token, i int) bool {
	if i+1 >= len(toks) || !toks[i].word() || !victoryClaimVerbs[toks[i].lower] || !toks[i+1].word() {
		return false
	}
	n := toks[i+1].lower
	if victoryNouns[n] {
		return true
	}
	if !selfReflexives[n] || i+2 >= len(toks) {
		return false
	}
	j := i + 2
	if toks[j].is("the") && j+1 < len(toks) {
		j++
	}
	return toks[j].word() && selfWinTitles[toks[j].lower]
}

// rivalVictoryRun makes a rival's own claim of the win hostile to the
// declared result: "Dal, who had claimed victory on election night",
// "Dal proclaimed herself the winner". The model reads "victory" as
// recognition. The claim must open the act (claimsVictory); the
// winner's own claim is recognising already (winnerRun).
func (r Reader) rivalVictoryRun(a *Analysis, run string) {
	if r.Classifier == nil || a.Kind != Action || a.NoStance || !claimsVictory(actionWords(run)) || !rivalSpeaker(r.Context, a.Remark) {
		return
	}
	if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), corpus.Hostile, condemnEvidence); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}

// claimsVictory reports whether the words of an act open with a claim of
// victory (within its first four words, as victoryClaim reads it) that no
// negation comes before ("never claimed victory") and no contrast follows
// ("had briefly claimed victory …, but … he told supporters he would
// congratulate …": the claim was given up).
func claimsVictory(words []string) bool {
	for i := 0; i < len(words) && i < 4; i++ {
		if claimNegations[words[i]] {
			return false
		}
		if !victoryClaimVerbs[words[i]] || i+1 >= len(words) {
			continue
		}
		n := words[i+1]
		ok := victoryNouns[n] || selfReflexives[n] && i+2 < len(words) &&
			(selfWinTitles[words[i+2]] || words[i+2] == "the" && i+3 < len(words) && selfWinTitles[words[i+3]])
		if !ok {
			return false
		}
		for _, w := range words[i+2:] {
			if victoryContrasts[w] {
				return false
			}
		}
		return true
	}
	return false
}
