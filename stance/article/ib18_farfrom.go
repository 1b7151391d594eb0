package article

import (
	"slices"
	"strings"
)

// A fairness denied by "far from", in Spanish and Portuguese: "afirmou que
// a eleição «está longe de ser limpa»", "dijo que el proceso estuvo lejos
// de ser transparente". The phrase negates the word of fairness after it
// as "no fue" does, but it holds no negator the rules know, and the models
// read the fairness word ("limpa", "transparente") as an acceptance. A
// phrase of farFromPhrases followed within farFromSpan words by a word of
// fairness (fairDecl's) condemns the vote (condemnsIn) when the vote is
// named near it (farFromVote).

// farFromSpan is how many words after the phrase the fairness word may
// stand ("lejos de ser del todo limpia").
const farFromSpan = 3

// farFromFair reports whether text in the language code denies the vote's
// fairness by "far from" (see above).
func farFromFair(code, text string) bool {
	fl, ok := fairDecl[code]
	if !ok || len(farFromPhrases[code]) == 0 {
		return false
	}
	words := actionWords(text)
	for i := range words {
		for _, ph := range farFromPhrases[code] {
			pw := strings.Fields(ph)
			if i+len(pw) > len(words) || !slices.Equal(words[i:i+len(pw)], pw) {
				continue
			}
			end := min(len(words), i+len(pw)+farFromSpan)
			for k := i + len(pw); k < end; k++ {
				if hasStem(words[k:k+1], fl.fair) {
					return farFromVote(code, words, i, k)
				}
			}
		}
	}
	return false
}

// farFromVote reports whether the phrase at words[i] and the fairness
// word at words[f] are said of the vote: a word of the election, or a
// process noun (farFromProcess), from voteNearSpan words before the
// phrase to as many after the word (the fairness word aside: "la
// elección está lejos de ser limpia", not "la reforma está lejos de ser
// justa"), or no subject before the phrase in the text (a quoted
// predicate: "«está longe de ser limpa»").
func farFromVote(code string, words []string, i, f int) bool {
	if i <= 1 {
		return true // "«está longe de ser limpa»": the subject is outside the text
	}
	for k := max(0, i-voteNearSpan); k < min(len(words), f+1+voteNearSpan); k++ {
		if k != f && (hasStem(words[k:k+1], lexicons[code].topicStems) || farFromProcess[code][words[k]]) {
			return true
		}
	}
	return false
}
