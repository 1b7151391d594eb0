package article

// A commentator's title that the description then ties to the vote's own
// watchers names one of them, not a commentator: "Ana Lima, a lawyer who
// volunteered as a poll monitor", "Ivo Kask, a teacher who served as an
// election observer", "a lawyer for a church-backed poll-watching
// network", "an engineer with the civic election-monitoring coalition".
// Whoever watches the count judges the result as a party to it, as
// watchesVote says of "X, who coordinates a network of observers"; the
// judge reads "will wait for the tally sheets" as off the result, and a
// commentator's remark would need it nearly sure. The tie is "as" or
// "and" and a watcher within four words ("a farmer and scrutineer"), a
// verb that leads or watches the vote's watchers (watchesVote: "who
// coordinates the civic watchdog's volunteers"), or a watching word with a
// word of the vote ("poll-watching network", "electoral observatory")
// and no verb of study: "a researcher who studies election monitoring"
// and "an analyst at the Open Networks Monitor" stay commentators.

// rec30enWatcherTie reports whether a commentator's description w (its
// words, up to the apposition's end) ties the speaker to the vote's
// watchers (see above).
func rec30enWatcherTie(w []string) bool {
	watching, vote := false, false
	for i, x := range w {
		if commentatorVerbs[x] && !watchVerbs[x] {
			return false // "who studies election monitoring"
		}
		if watchVerbs[x] && watchesVote(x, w[i+1:]) {
			return true // "a consultant who coordinates the civic watchdog's volunteers"
		}
		if (x == "as" || x == "and") && rec30enWatcherAfter(w, i) { // "a farmer and scrutineer"
			return true
		}
		if study, other := rev30enNotWatching(w, i); study {
			return false // rev30en_watcher.go: "who has advised observer missions"
		} else if other {
			continue // rev30en_watcher.go: "whose firm monitors voting intentions"
		}
		watching = watching || rec30enWatching[x] && !rev30enOtherWatcher(w, i) // rev30en_watcher.go: not "a human rights monitor"
		vote = vote || rec30enVoteWords[x]
	}
	return watching && vote && !rev30enPress(w) // rev30en_watcher.go: not "a columnist for the magazine Election Watch"
}

// rec30enWatcherAfter reports whether a watcher (rec30enWatchers) follows
// the "as" or "and" at w[i] within four words; after "and", not one "of"
// something ("an economist and keen observer of Tarn politics" is a
// commentator still).
func rec30enWatcherAfter(w []string, i int) bool {
	for k := i + 1; k < len(w) && k <= i+4; k++ {
		if rec30enWatchers[w[k]] {
			if rev30enOtherWatcher(w, k) || rev30enPastWatch(w) {
				return false // rev30en_watcher.go: "who acts as a compliance monitor for two banks", "a former observer"
			}
			return k+1 >= len(w) || w[k+1] != "of" || w[i] == "as" && rev30enOfVote(w, k+2) // rev30en_watcher.go: not "regarded as the closest observer of its politics"
		}
	}
	return false
}
