package article

import "strings"

// A rival who claims the victory for themselves. A defeated candidate
// who "maintient qu'il a gagné", "erklärte, er habe gewonnen" or
// "утверждает, что победил именно он" rejects the declared result; the
// language's model reads the words of winning as a recognition. A
// reported remark of a speaker who is a rival of the context (not the
// winner), with a third-person pronoun up to four words before a verb of
// winning or three after it ("er habe die Wahl gewonnen", "победил
// именно он") and no negation in the three words before the verb, is
// hostile. Only French, German and Russian are read so.

// rivalClaim makes a rival's reported claim of their own victory hostile.
func (r Reader) rivalClaim(code string, a *Analysis, run string) {
	wins, ok := claimWins[code]
	if !ok || a.Kind != Reported || a.NoStance || r.Classifier == nil {
		return
	}
	if w, rv := mentionsIn(r.Context, actionWords(a.Speaker)); w || !rv {
		return
	}
	lx := lexicons[code]
	words := actionWords(run)
	if otherContest(code, words) {
		return // "qu'il a gagné le match", "победил в шахматном турнире"
	}
	for i, w := range words {
		if !wins[w] {
			continue
		}
		for j := max(0, i-4); j <= min(len(words)-1, i+3); j++ {
			if !claimPronouns[code][words[j]] || claimNegated(lx, words[:i]) {
				continue
			}
			if p, ok := actionPrediction(verdictHostile, a.Prediction, r.Classifier.Labels()); ok {
				a.Prediction, a.ByVerb = p, true
			}
			return
		}
	}
}

// claimNegated reports whether one of the last three words is a
// negation of the language.
func claimNegated(lx *langLexicon, words []string) bool {
	for _, w := range words[max(0, len(words)-3):] {
		if lx.negators[w] {
			return true
		}
	}
	return false
}

// otherContest reports whether a word of a contest other than the vote
// (contestStems: a match, a tournament, a race, a trial) stands among the
// words: the claim of winning is about it, not about the election.
func otherContest(code string, words []string) bool {
	for _, w := range words {
		for _, stem := range contestStems[code] {
			if strings.HasPrefix(w, stem) {
				return true
			}
		}
	}
	return false
}
