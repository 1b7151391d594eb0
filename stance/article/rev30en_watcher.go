package article

// Narrowings of rec30enWatcherTie (rec30en_watcher.go), found by probes:
// a verb of study or advice in any tense keeps a commentator one ("a
// political scientist who has advised observer missions on election
// law", "who has written two books on election monitoring"), as
// commentatorVerbs does in the present; and a watch verb whose object is
// no body of the vote's watchers (watchesVote) is no watching word ("a
// pollster whose firm monitors voting intentions": it watches opinion,
// not the vote), though "monitors" after no relative word is still the
// watchers themselves ("a lawyer for the election monitors").

// rev30enStudyVerbs are verbs of study or advice beyond commentatorVerbs.
var rev30enStudyVerbs = wordSet(`advised advising advise researched researching research studying teaching
	tracking lecturing written wrote writes writing authored edits edited`)

// rev30enNotWatching reports whether w[i], in a commentator's description
// w, studies or advises (true, stop: no tie) or is a watch verb over
// something other than the vote's watchers (see above).
func rev30enNotWatching(w []string, i int) (study, otherWatch bool) {
	if rev30enStudyVerbs[w[i]] {
		return true, false
	}
	if !watchVerbs[w[i]] || watchesVote(w[i], w[i+1:]) {
		return false, false
	}
	for _, x := range w[:i] {
		if relativeWords[x] || x == "that" {
			return false, true // "whose firm monitors voting intentions"
		}
	}
	return false, false
}
