package article

import "strings"

// Narrowings of rec30enWatcherTie (rec30en_watcher.go), found by probes:
// a verb of study or advice in any tense keeps a commentator one ("a
// political scientist who has advised observer missions on election
// law", "who has written two books on election monitoring"), as
// commentatorVerbs does in the present; and a watch verb whose object is
// no body of the vote's watchers (watchesVote) is no watching word ("a
// pollster whose firm monitors voting intentions": it watches opinion,
// not the vote), though "monitors" after no relative word is still the
// watchers themselves ("a lawyer for the election monitors"). After "as",
// a watcher "of" something is one of the vote only when a word of the
// vote follows ("who served as an observer of the count"): "a historian
// regarded as the closest observer of its politics" is a commentator.
// A watcher of another trade ("who acts as a compliance monitor for two
// banks", "a human rights observer", "an economist and bird watcher") is
// none of the vote's, and a watching word with a word of the vote in a
// description of the press ("a columnist for the magazine Election
// Watch", "an analyst at the Election Media Monitor") names a
// publication, not a body of watchers. One who watched a vote before
// ("an economist and former observer for the regional bloc", "an analyst
// who served as an observer in Moldova last year", "as a monitor in
// 2019") did not watch this one: an analyst still.

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

// rev30enOfVote reports whether a word of the vote (rec30enVoteWords)
// stands within three words from w[j], the complement of "observer of".
func rev30enOfVote(w []string, j int) bool {
	return j < len(w) && anyWordIn(w[j:min(len(w), j+3)], rec30enVoteWords)
}

// rev30enOtherWatcher reports whether the watching word w[k] is one of
// another trade ("a compliance monitor") or a pundit's ("a seasoned
// observer"); a watcher is the vote's only after a word of the vote ("a
// poll watcher"): "a veteran Kremlin watcher", "an economist and
// longtime Tarn watcher" are commentators.
func rev30enOtherWatcher(w []string, k int) bool {
	if w[k] == "watcher" || w[k] == "watchers" {
		return k == 0 || !rec30enVoteWords[w[k-1]] // "a poll watcher", not "a Kremlin watcher"
	}
	return k > 0 && (rev30enOtherWatch[w[k-1]] || rev30enPunditAdjs[w[k-1]])
}

// rev30enPress reports whether the description w is the press's.
func rev30enPress(w []string) bool {
	return anyWordIn(w, rev30enPressWords)
}

// rev30enPastWatch reports whether a description w puts the watching in
// the past: a word of the past, a year ("in 2019", not "since 1991"), or
// "last year" (see above).
func rev30enPastWatch(w []string) bool {
	for i, x := range w {
		switch {
		case rev30enPastWords[x]:
			return true
		case x == "last" && i+1 < len(w) && rev30enLastWhat[w[i+1]]:
			return true
		case len(x) == 4 && (strings.HasPrefix(x, "19") || strings.HasPrefix(x, "20")) && strings.Trim(x, "0123456789") == "" && (i == 0 || w[i-1] != "since"):
			return true
		}
	}
	return false
}
