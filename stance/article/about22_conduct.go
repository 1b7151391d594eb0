package article

import (
	"slices"
	"strings"
)

// A verdict on how the vote was held, in English, is about the result
// (GUIDELINES.md, "Process without doubt": a complaint that calls the
// count into question is not off topic). The judge reads such remarks as
// off topic when they name neither the winner nor the result: "the vote
// had taken place in a climate of fear", "the playing field was not
// level", "voters were able to express their will freely". conductVerdict
// reads two constructions:
//
//   - an uneven contest: "playing field" with a word of unevenness or a
//     negation within four words after it ("was not level", "was
//     tilted", "far from level"), or a climate or atmosphere of fear or
//     intimidation in a clause that names the vote; withholding (rule 4:
//     concerns about the conduct, no word of fraud);
//   - voters free to choose: a noun of the voters, then "freely" within
//     six words of a verb of choosing ("were able to express their will
//     freely", "voted freely", "could freely choose"); recognising (the
//     vote declared free, as fairlyHeld in claim.go).
//
// A clause with a demand, condition, hope or doubt ("voters must be able
// to vote freely", "if the playing field is not level") is no verdict,
// and a clause that does not name the vote, the contest or the voters
// ("a level playing field for exporters") is left to the judge. Nor is a
// clause that gives the verdict to others or denies it ("the opposition
// says the playing field was not level"), denies the unevenness ("was
// not tilted", "there was no climate of fear"), or speaks of another vote
// ("in 2015 voters could freely choose"); a run that condemns the vote
// ("a sham held in a climate of fear", rule 1) or that waits for the
// count after voters chose freely (rule 5) is left to the rest of
// analyzeRun (conductOverruled).

// conductVerdict returns the verdict on the vote's conduct that run states
// (see above), or verdictNone. Each clause (a sentence, or a part after
// ", but" or ", while") is read alone; an uneven contest in one outranks
// voters choosing freely in another (rule 12: delay > acceptance).
func conductVerdict(run string) actionVerdict {
	found := verdictNone
	contrast := strings.Contains(strings.ToLower(run), "this time")
	for _, clause := range conductClauses(run) {
		words := actionWords(clause)
		if conductHeld(words, contrast) {
			continue
		}
		if unevenContest(words) {
			return verdictWithholding
		}
		if votersChoseFreely(words) {
			found = verdictRecognising
		}
	}
	return found
}

// conductClauses splits run at sentence and clause punctuation, and
// before ", but", ", while" and ", whereas".
func conductClauses(run string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(run, func(r rune) bool { return strings.ContainsRune(";.:!?", r) }) {
		for _, sep := range []string{", but ", ", while ", ", whereas "} {
			s = strings.ReplaceAll(s, sep, "\x00")
		}
		out = append(out, strings.Split(s, "\x00")...)
	}
	return out
}

// conductHeld reports whether a clause is no verdict of the speaker's on
// this vote: a demand, condition, hope or doubt (conductHolds), a claim
// of others or its denial (claimHedges, conductOthers), or another vote
// (otherVoteWords, "in 2015", or any year when the run contrasts "this
// time" with it).
func conductHeld(words []string, contrast bool) bool {
	for i, w := range words {
		if conductHolds[w] || claimHedges[w] || conductOthers[w] || otherVoteWords[w] {
			return true
		}
		if conductYear(w) && (contrast || i > 0 && (words[i-1] == "in" || words[i-1] == "since")) {
			return true
		}
	}
	return false
}

// conductYear reports whether w is a year of this or the last century.
func conductYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && strings.Trim(w, "0123456789") == ""
}

// unevenContest reports whether words say the playing field was uneven or
// the vote was held in a climate of fear (see conductVerdict).
func unevenContest(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if words[i] == "playing" && words[i+1] == "field" && unevenField(words, i) {
			return true
		}
		if conductClimate[words[i]] && i+2 < len(words) && words[i+1] == "of" && conductFear[words[i+2]] &&
			!slices.ContainsFunc(words[max(0, i-5):i], func(w string) bool { return claimNegations[w] }) &&
			conductNamesVote(words) {
			return true // not "there was no climate of fear during the vote"
		}
	}
	return false
}

// unevenField reports whether the playing field at words[i] is uneven: an
// odd number of words of unevenness and negations within four words
// after it ("was not level", "was tilted", "far from level"), or a
// negation within five words before it in a clause naming the vote or
// the contest ("there was no level playing field in the election",
// "candidates did not compete on a level playing field"). "Was not
// tilted" is level; "a playing field for exporters" is another contest.
func unevenField(words []string, i int) bool {
	if i+2 < len(words) && (words[i+2] == "for" || words[i+2] == "with") && !conductNamesVote(words) {
		return false
	}
	n := 0
	for _, w := range words[i+2 : min(len(words), i+6)] {
		if conductUneven[w] || conductNegWords[w] || claimNegations[w] {
			n++
		}
	}
	if n > 0 {
		return n%2 == 1
	}
	return slices.ContainsFunc(words[max(0, i-5):i], func(w string) bool { return claimNegations[w] }) && conductNamesVote(words)
}

// conductNamesVote reports whether words name the vote or its contest
// (conductVotes, conductContest, or conductLoose after conductDets).
func conductNamesVote(words []string) bool {
	for i, w := range words {
		if conductVotes[w] || conductContest[w] || conductLoose[w] && i > 0 && conductDets[words[i-1]] {
			return true
		}
	}
	return false
}

// votersChoseFreely reports whether words name the voters, then "freely"
// right before a verb of choosing or within six words after one ("could
// freely choose", "voted freely", "expressed their will freely"; not
// "travel freely and choose"), with no negation between the voters and
// "freely".
func votersChoseFreely(words []string) bool {
	v := slices.IndexFunc(words, func(w string) bool { return conductVoters[w] })
	if v < 0 {
		return false
	}
	for k := v + 1; k < len(words); k++ {
		if words[k] != "freely" {
			continue
		}
		if choosesTo(words, k) {
			continue // "could freely choose to stay at home"
		}
		near := words[max(v+1, k-6):min(len(words), k+2)]
		if slices.ContainsFunc(near, func(w string) bool { return conductChoose[w] }) &&
			!slices.ContainsFunc(words[v:k], func(w string) bool { return claimNegations[w] || w == "unable" || w == "hardly" || w == "barely" }) {
			return true
		}
	}
	return false
}

// conductRun makes a remark that states a verdict on the vote's conduct
// about the result and labels it by the verdict, as a verb rule does
// (actionPrediction); ok is false when run states none.
func (r Reader) conductRun(a Analysis, run string) (Analysis, bool) {
	v := conductVerdict(run)
	if v == verdictNone || r.Classifier == nil || conductOverruled(v, run) {
		return a, false
	}
	a.AboutResult, a.AboutResultProbability = true, 1
	if p, ok := actionPrediction(v, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
	}
	return a, true
}

// choosesTo reports whether "freely" at words[k] comes right before a
// verb of choosing with an infinitive ("freely chose to stay at home"):
// a choice of what to do, not of whom to elect.
func choosesTo(words []string, k int) bool {
	return k+2 < len(words) && conductChoose[words[k+1]] && words[k+2] == "to"
}

// conductOverruled reports whether a stronger act in run outranks its
// verdict on the conduct (rules 1, 5 and 12): a word that condemns the
// vote or the result ("stolen", "a sham", "rigged"; the hostile reading
// of analyzeRun decides), or, for voters who chose freely, a wait for
// the count or a verdict put off ("we await the official count", "will
// comment once the final figures are published").
func conductOverruled(v actionVerdict, run string) bool {
	words := actionWords(run)
	if slices.ContainsFunc(words, func(w string) bool { return condemnWords[w] || fraudWords[w] || scornNames[w] }) {
		return true
	}
	if v != verdictRecognising {
		return false
	}
	return slices.ContainsFunc(words, func(w string) bool { return conductWaits[w] }) ||
		defersVerdict(run) || recognitionDeferred(run) || awaitsAnyWinner(run) || once(words)
}

// once reports whether words put something off until "once" it happens
// ("will comment once the figures are published"; not "once again").
func once(words []string) bool {
	for i, w := range words {
		if w == "once" && i+1 < len(words) && words[i+1] != "again" && words[i+1] != "more" && i > 0 && words[i-1] != "at" {
			return true
		}
	}
	return false
}
