package article

import "github.com/stancekit/stancekit/stance"

// disputeGoesOn reports whether a remark says the dispute over the result
// goes on (lab24DisputeVowed) or that the winner won by foul means
// (lab24FoulWin). Both reject the result; the model reads "would keep
// fighting the declaration" or "Lima had won on lies" by their plain
// words as recognising. It is read as a condemnation is (condemn.go):
// hostile evidence multiplied into the model's probabilities.
func disputeGoesOn(ctx stance.Context, text string) bool {
	words := actionWords(text)
	folded := foldWords(words)
	winners := claimForms(ctx.Winner, ctx.Rivals)
	for i := range words {
		if lab24DisputeVowed(words, i) || lab24FoulWin(folded, words, i, winners) {
			return true
		}
	}
	return false
}

// lab24DisputeVowed reports whether a verb of going on or vowing at
// words[i] (lab24GoOn) is followed, across at most two fillers ("continue
// to", "go on", "vowed to keep"), by a verb of disputing (lab24Dispute)
// whose object, within four words, is the result (resultNouns,
// figureNouns, guardObjects): "the party would keep fighting the
// declaration", "will continue to challenge the outcome", "vowed to
// contest the count". A negation or hedge in the three words before
// ("would not keep fighting the result", "denied it would continue to
// challenge the count"), a condition after ("unless the court orders a
// recount"), or an object that is no result ("keep fighting for lower
// taxes", "continue to oppose the reform") is none.
func lab24DisputeVowed(words []string, i int) bool {
	if !lab24GoOn[words[i]] || hedged(words, i) {
		return false
	}
	k := i + 1
	for n := 0; k < len(words) && n < 3 && (lab24Fillers[words[k]] || lab24GoOn[words[k]]); n++ {
		k++
	}
	if k >= len(words) || !lab24Dispute[words[k]] || rev24DisputeTakenBack(words, i, k) { // rev24len_narrow.go
		return false
	}
	for _, w := range words[k+1:] {
		if conditionWords[w] {
			return false
		}
	}
	for j := k + 1; j < len(words) && j <= k+4; j++ {
		w := words[j]
		switch {
		case w == "for" || w == "against" || clauseBreaks[w]:
			return false // "keep fighting for jobs": a programme, not the result
		case (resultNouns[w] || figureNouns[w] || guardObjects[w]) && !desiredResult(words, j):
			return true
		}
	}
	return false
}

// lab24FoulWin reports whether a word of winning at words[i] (winWords,
// lab24WinNouns) said of the winner (a name form of theirs within four
// words before it) is followed within two words by a preposition of
// means (lab24Means) and within four more by a foul means (foulMeans,
// fraudWords, lab24Foul; not one that also names fair support,
// lab24FairMeans): "Lima had won on lies about the economy", "Lima won
// through intimidation and vote buying", "Lima's victory was built on
// bribes". A negation, hedge, doubt or rejection before the name ("denied
// that Lima won by intimidation", "claims that Lima won through fraud")
// takes it back; a
// win by a margin or by fair means ("won by a landslide", "won through
// hard work") or with the foul means denied ("won with no major
// irregularities") names none.
func lab24FoulWin(folded, words []string, i int, winners [][]string) bool {
	if !winWords[words[i]] && !lab24WinNouns[words[i]] {
		return false
	}
	named := -1
	for j := max(0, i-4); j < i; j++ {
		if startsForm(folded, j, winners) {
			named = j
			break
		}
	}
	if named < 0 || hedged(words, named) || rev24FoulWinTakenBack(words, named, i) { // rev24len_narrow.go
		return false
	}
	for j := max(0, named-4); j < named; j++ {
		if doubtWords[words[j]] || rejectVerbs[words[j]] {
			return false // "denied that Lind won through intimidation"
		}
	}
	for j := named; j < i; j++ {
		if claimNegations[words[j]] || claimHedges[words[j]] {
			return false
		}
	}
	for m := i + 1; m < len(words) && m <= i+3; m++ {
		if !lab24Means[words[m]] {
			continue
		}
		for f := m + 1; f < len(words) && f <= m+4; f++ {
			w := words[f]
			if claimNegations[w] || w == "free" {
				return false // "won with no major irregularities", "won free of fraud"
			}
			if (foulMeans[w] || fraudWords[w] || lab24Foul[w]) && !lab24FairMeans[w] {
				return true
			}
		}
		return false
	}
	return false
}

// lab24Verdict is the verdict of a run that renounces a challenge to the
// result (recognising: renouncedIn) or says the dispute goes on or the
// win was foul (hostile: disputeGoesOn); verdictNone for other runs and
// for a run that also condemns the result ("we will not block the
// transition, but this vote was rigged").
func lab24Verdict(ctx stance.Context, run string) actionVerdict {
	switch {
	case disputeGoesOn(ctx, run):
		return verdictHostile
	case renouncedIn(ctx, run) && !condemnsResult(run):
		return verdictRecognising
	}
	return verdictNone
}

// renouncedIn reports whether text renounces a challenge to the result
// at one of its negations (renouncedChallenge).
func renouncedIn(ctx stance.Context, text string) bool {
	words := actionWords(text)
	folded := foldWords(words)
	winners, rivals := claimForms(ctx.Winner, ctx.Rivals), claimForms(ctx.Rivals, ctx.Winner)
	for i, w := range words {
		if guardNegations[w] && !hedged(words, i) && renouncedChallenge(folded, words, i, winners, rivals) && !rev24RenounceTakenBack(text, words, i) { // rev24len_narrow.go
			return true
		}
	}
	return false
}

// lab24Run labels a run with a lab24Verdict by that verdict, as a verb
// rule labels an act (actionPrediction): the constructions are explicit,
// and the model reads their negation ("not stand in the way of the man
// the people chose") or their plain words ("would continue to challenge
// the result") the other way so confidently that a claim's evidence does
// not turn it. ok is false when the run has no such verdict.
func (r Reader) lab24Run(a Analysis, run string) (Analysis, bool) {
	v := lab24Verdict(r.Context, run)
	if v == verdictNone || r.Classifier == nil {
		return a, false
	}
	p, ok := actionPrediction(v, a.Prediction, r.Classifier.Labels())
	if !ok {
		return a, false
	}
	a.Prediction, a.ByVerb = p, true
	a.AboutResult, a.AboutResultProbability = true, 1
	return a, true
}
