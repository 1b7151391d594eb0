package article

import (
	"unicode"

	"github.com/stancekit/stancekit/stance"
)

// A remark that calls the vote or its result illegitimate, rigged, a
// sham or stolen rejects the result (GUIDELINES.md, rule 1), but the
// stance model weighs that one word against all the others of the
// remark: "the bloc considered it illegitimate" or "The EU considers the
// election illegitimate" come out withholding by the many words that
// diplomatic waiting shares with them. condemnsResult reads such a word
// as a claim against the result, and its evidence (condemnEvidence for
// hostile) is multiplied into the model's probabilities, as a claim that
// recognises the result is (claim.go): a confident other reading stays.
//
// The word does not condemn when a negation, a hedge or a condition
// comes within condemnSpan words before it ("not illegitimate", "claims
// that the vote was rigged", "if the vote was rigged", "whether it was
// stolen"), or when the accusation is dismissed ("no evidence the count
// was rigged", "rigging allegations were baseless"; fraudDismissed).

// condemnSpan is how far before the condemning word a negation, hedge
// or condition takes it back ("nobody has said the vote was rigged": six
// words).
const condemnSpan = 6

// condemnsResult reports whether text calls the vote or its result by a
// condemning word (condemnWords) that nothing before it takes back.
func condemnsResult(text string) bool {
	words := actionWords(text)
	for i, w := range words {
		if condemnWords[w] && !takenBack(words, i) && !fraudDismissed(words, i) {
			return true
		}
	}
	return false
}

// takenBack reports whether a negation, a hedge or a condition stands in
// the condemnSpan words before words[i].
func takenBack(words []string, i int) bool {
	for k := max(0, i-condemnSpan); k < i; k++ {
		if claimNegations[words[k]] || claimHedges[words[k]] || conditionWords[words[k]] {
			return true
		}
	}
	return false
}

// A remark that gives the victory to a rival ("Venezuela has a new
// president-elect and it is Edmundo González", "Sousa won this election")
// recognises a rival claimant and so is hostile to the declared winner
// (GUIDELINES.md, rules 2 and 14); the model, reading "president-elect",
// says recognising. rivalWon reads it as the mirror of claimStance's "the
// winner won": a rival's name form with a word of winning within
// claimSpan words after it (no negation or hedge between, no figure
// after it: "Sousa won 41 per cent" is a share, not a victory) or before
// it ("the winner is Sousa", "the president-elect, Rui Sousa"), unless
// the claim is hedged ("Sousa claimed he had won").

// rivalWon reports whether text gives the election to a rival of ctx.
func rivalWon(ctx stance.Context, text string) bool {
	rivals, winners := claimForms(ctx.Rivals, ctx.Winner), claimForms(ctx.Winner, ctx.Rivals)
	if len(rivals) == 0 {
		return false
	}
	words := actionWords(text)
	folded := foldWords(words)
	for i := range words {
		if !startsForm(folded, i, rivals) || hedged(words, i) {
			continue
		}
		if k := winAfter(words, folded, i, winners); k > 0 && !figureAfter(words, k) {
			return true
		}
		if winBefore(words, i) {
			return true
		}
	}
	return false
}

// winAfter returns the index of the first word of winning within
// claimSpan words after words[i] with no negation, hedge or winner's name
// form between ("Sousa conceded that Lima won"), or 0.
func winAfter(words, folded []string, i int, winners [][]string) int {
	for k := i + 1; k < len(words) && k <= i+claimSpan; k++ {
		if claimNegations[words[k]] || claimHedges[words[k]] || faintNegation(words, k) || startsForm(folded, k, winners) {
			return 0
		}
		if winWords[words[k]] {
			return k
		}
	}
	return 0
}

// winBefore reports whether a title of the winner (winnerTitles) stands
// within claimSpan words before words[i], joined to it only by linking
// words ("the winner is Sousa", "the president-elect and it is Sousa",
// "the rightful president-elect, Rui Sousa"), and is not hedged.
func winBefore(words []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-claimSpan; k-- {
		switch {
		case winnerTitles[words[k]]:
			return !hedged(words, k)
		case !winLinks[words[k]]:
			return false
		}
	}
	return false
}

// figureAfter reports whether a number follows words[k] within two words
// ("won 41 per cent", "won only 12 seats").
func figureAfter(words []string, k int) bool {
	for j := k + 1; j < len(words) && j <= k+2; j++ {
		if w := words[j]; w != "" && (unicode.IsDigit([]rune(w)[0]) || numberWords[w]) {
			return true
		}
	}
	return false
}
