package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// rivalSelfClaim reports whether a rival of the election (the remark's
// speaker by name or alias is a rival form of ctx, not a winner form)
// claims the victory or the mandate for themselves (selfWinClaim):
// "Morland, the outgoing prime minister, spent weeks … insisting he still
// had a mandate to govern", "We won this election". A rival who says so
// disputes the declared result; the model read "had a mandate" as
// recognition. In a direct quotation only "I" and "we" are the speaker
// ("Lima won, and he won fairly" is said of the winner); in reported
// speech "he" and "she" are too.
//
// The pronoun is the winner's when the winner is named in the remark's
// sentence before it ("Mota conceded and congratulated Kask, saying he
// was the legitimate winner"): a third-person claim then counts only
// when text (the article, or "") names no winner there.
func rivalSelfClaim(ctx stance.Context, rm Remark, run, text string) bool {
	third := rm.Kind != Direct && !winnerInLead(ctx, text, rm.Start)
	return selfWinClaim(run, third) && rivalSpeaker(ctx, rm)
}

// rivalSpeaker reports whether the remark's speaker, by name or alias, is
// a rival form of ctx that is not also a winner form.
func rivalSpeaker(ctx stance.Context, rm Remark) bool {
	if rm.Speaker == "" || len(ctx.Rivals) == 0 {
		return false
	}
	forms := make(map[string]bool)
	for _, f := range ctx.Rivals {
		forms[foldName(f)] = true
	}
	for _, f := range ctx.Winner {
		delete(forms, foldName(f))
	}
	for _, f := range append([]string{rm.Speaker}, rm.Aliases...) {
		if forms[foldName(f)] {
			return true
		}
	}
	return false
}

// selfWinClaim reports whether a remark opens (or opens a clause) with a
// personal pronoun, or a possessive with the speaker's side (claimantEnd), that, across at most three linking words (selfWinLinks:
// "had", "still", "the real"), has a word of winning or of the mandate
// (winWords, selfWinNouns): "he still had a mandate to govern", "we are
// the real winners", "I won". A negation or condition among the linking
// words or just before the pronoun ("if we had won", "he had not won")
// makes it none, as does a partial win ("we won the first round").
func selfWinClaim(text string, thirdPerson bool) bool {
	words := actionWords(text)
	for i, w := range words {
		e := claimantEnd(words, i)
		if e < 0 || !thirdPerson && (w == "he" || w == "she" || w == "his" || w == "her") || i > 0 && (conditionWords[words[i-1]] || claimNegations[words[i-1]]) {
			continue
		}
		for k := e + 1; k < len(words) && k <= e+4; k++ {
			if winWords[words[k]] || selfWinNouns[words[k]] {
				if !partialWin(words, k) {
					return true
				}
				break
			}
			if !selfWinLinks[words[k]] {
				break
			}
		}
	}
	return false
}

// claimantEnd returns the index of the last word of a claimant opening at
// words[i]: a personal pronoun (selfPronouns) or a possessive with the
// speaker's own side ("his team", "our party", "her camp": ownSides),
// which a rival claims the victory for as for themselves ("his team
// had won on the clean votes"). It returns -1 when there is none.
func claimantEnd(words []string, i int) int {
	switch {
	case selfPronouns[words[i]]:
		return i
	case selfPossessives[words[i]] && i+1 < len(words) && ownSides[words[i+1]]:
		return i + 1
	}
	return -1
}

// winnerInLead reports whether the sentence of text that holds the offset
// start names a winner form of ctx before it.
func winnerInLead(ctx stance.Context, text string, start int) bool {
	if start <= 0 || start > len(text) {
		return false
	}
	lo := strings.LastIndexAny(text[:start], ".!?\n") + 1
	winner, _ := mentionsIn(ctx, actionWords(text[lo:start]))
	return winner
}
