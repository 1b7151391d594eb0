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
// fairness (fairDecl's) condemns the vote (condemnsIn).

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
			for _, w := range words[i+len(pw) : end] {
				if hasStem([]string{w}, fl.fair) {
					return true
				}
			}
		}
	}
	return false
}
