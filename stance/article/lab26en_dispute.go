package article

// lab26enDisputeRenounced reports whether the negation words[i]
// renounces, within five words, a dispute of the result: a verb of
// disputing (lab26enDisputeVerbs: "had not contested the count", "will
// not challenge the result", "did not question Lima's victory") or a
// noun of a campaign against the winner ("not a campaign against the
// president", "not a challenge to the result"), whose object is the
// winner, the result or the new government (lab24Obstructed). It
// generalises renouncedChallenge (lab24en_renounce.go: stand in the way,
// block, take to court) to the verbs that a claim already reads as
// recognising (claimStance) but whose plain words the model weighs as
// hostile. "Yet" or "still" before the verb ("has not yet challenged
// the result") says nothing of later; renouncedChallenge's guards
// (hedges, clause breaks, conditions) hold as for its own verbs, and only
// auxiliaries and determiners (lab26enBetween) may stand between the
// negation and the verb or noun: in "had not been offered a genuine
// contest" the negation is another verb's.
func lab26enDisputeRenounced(folded, words []string, i, k int, winners, rivals [][]string) (bool, bool) {
	w := words[k]
	for _, m := range words[i+1 : k] {
		if actionDelays[m] {
			return false, true
		}
		if !lab26enBetween[m] {
			return false, false // "had not been offered a genuine contest": another verb's object
		}
	}
	switch {
	case lab26enDisputeVerbs[w] && !(k+1 < len(words) && lab26enAgainst[words[k+1]] && lab26enDisputeNouns[w]):
		return lab24Obstructed(folded, words, k+1, winners, rivals) && !rev26lenDisputeTakenBack(words, i, k), true // rev26len_narrow.go: "nobody can say we did not fight the result"
	case lab26enDisputeNouns[w] && k+1 < len(words) && lab26enAgainst[words[k+1]]:
		return lab24Obstructed(folded, words, k+2, winners, rivals) && !rev26lenDisputeTakenBack(words, i, k), true
	}
	return false, false
}

// lab26enRenouncedRun is lab24Run for a reported run whose verb rule
// already recognises ("he accepted defeat and that the party would not
// take the result to court"): when the run also renounces a challenge to
// the result (lab24Verdict recognising), the two agree and the run is
// labelled by that verdict, as a run with no verb-rule verdict is
// (englishVerdict); otherwise the model's reading of the negation as
// hostile would stand against both.
func (r Reader) lab26enRenouncedRun(a Analysis, run string) (Analysis, bool) {
	if lab24Verdict(r.Context, run) != verdictRecognising {
		return a, false
	}
	return r.lab24Run(a, run)
}
