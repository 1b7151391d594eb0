package article

import "github.com/stancekit/stancekit/stance"

// A rival named the elected president, in Spanish and Portuguese:
// "Venezuela ya tiene presidente electo y se llama X", "tiene un
// presidente electo y es X", "o verdadeiro vencedor é X", with X a rival
// of the election's context. Recognising a rival claimant is hostile to
// the declared winner (the guidelines' rules 2 and 14), but the models
// read "presidente electo" as a recognition. rivalElectIn reads a word of
// the elected or the winner (electedWords) with a rival named within
// rivalElectSpan words after it, no negation between them, and the
// declared winner named nowhere in the text (the English rivalWon,
// condemn.go, reads "B won this election").

// rivalElectSpan is how far after the word of the elected the rival may
// be named ("presidente electo y se llama X": four words).
const rivalElectSpan = 5

// rivalElectIn reports whether text in the language code names a rival
// of ctx the elected president or the winner (see above).
func rivalElectIn(ctx stance.Context, code, text string) bool {
	ew, ok := lab29romElectedWords(code) // with the victory nouns (lab29rom_rivalvictory.go)
	lx := lexicons[code]
	if !ok || lx == nil || len(ctx.Rivals) == 0 {
		return false
	}
	words := actionWords(text)
	if winner, _ := mentionsIn(ctx, words); winner {
		return false
	}
	for i, w := range words {
		if !ew[w] || lab29romVictoryDoubted(code, words, i) {
			continue
		}
		end := min(len(words), i+1+rivalElectSpan+2) // the rival's name may run two words past the span
		for k := i + 1; k < end; k++ {
			if lx.negators[words[k]] || rev29romOpposedAt(words, k) { // rev29rom_rivalvictory.go: not "la victoria sobre X"
				end = k
			}
		}
		if _, rival := mentionsIn(ctx, words[i+1:end]); rival && !(lab29romVictoryNouns[code][w] && rev29romOtherRace(words[i+1:min(len(words), end+4)])) { // rev29rom_guards.go
			return true
		}
	}
	return false
}
