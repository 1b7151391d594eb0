package article

// A vote said outright not to have been free or fair is rejected
// (GUIDELINES: hostile "rejects the result or its legitimacy"): "these
// elections were not free or fair", "the poll was neither free nor fair",
// "the vote has not been credible". The model read the observers' words
// around it ("shares the view with other observers", "we regret that not
// all parties participated") as waiting. unfairVoteRun makes such an
// English run hostile; a denial of the charge ("claims that the vote was
// not fair are baseless"), a condition or a question leaves it to the
// model. A weak hostile reading is made firm too: alone, it would give
// way to the speaker prior in the summary (agg21_loneprior.go).

// unfairVote reports whether words say the vote was not free or fair and
// do not accept the result or commit to work with its winner in the same
// breath (unfairAccepts, cooperationVerbs: "The campaign was not fair …
// But Fidesz won, and I congratulate them", "not free and fair but would
// work with the winners"; the corpus labels such a grudging acceptance
// recognising, rule 7): a
// processNouns word, then within four words a copula or "has/have/had"
// and after it "not", "neither" or "never", then a fairWords word within
// three more ("not been credible", "not fully free"), and no
// unfairDenials word, condition or question anywhere in the run.
func unfairVote(words []string) bool {
	for _, w := range words {
		if unfairDenials[w] || unfairAccepts[w] || cooperationVerbs[w] {
			return false // "The campaign was not fair … But Fidesz won, and I congratulate them"
		}
	}
	for i, w := range words {
		if !processNouns[w] {
			continue
		}
		verb := false
		for n := i + 1; n < len(words) && n <= i+4; n++ {
			switch x := words[n]; {
			case copulas[x] || x == "been" || x == "has" || x == "have" || x == "had":
				verb = true
			case verb && (x == "not" || x == "neither" || x == "never"):
				if n+1 < len(words) && (words[n+1] == "only" || words[n+1] == "just") {
					continue // "not only free but fair"
				}
				for f := n + 1; f < len(words) && f <= n+3; f++ {
					if fairWords[words[f]] && !(f+1 < len(words) && (words[f+1] == "of" || words[f+1] == "from")) { // not "not free of problems"
						return true
					}
				}
			}
		}
	}
	return false
}

// unfairVoteRun makes an English run that says the vote was not free or
// fair hostile (see above).
func (r Reader) unfairVoteRun(a *Analysis, run string, commentator bool) {
	if commentator || a.NoStance || a.ByVerb || r.Classifier == nil {
		return // a verb rule's verdict stands
	}
	if !unfairVote(actionWords(lab31enAsideCut(run))) {
		return
	}
	if p, ok := actionPrediction(verdictHostile, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
}
