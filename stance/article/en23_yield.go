package article

import (
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// Telling the declared winner to concede (GUIDELINES rule 14): "urged
// Berg to concede", "called on Berg to step aside", "asked Berg to admit
// defeat". The demand names the winner as the loser, and is hostile
// however it is worded; the act read as a recognition ("concede" is a
// recognition verb) when it said the opposite. Asking a rival to concede
// is left to the other rules (it recognises the winner).

// winnerToldToYield reports whether words hold a demand verb
// (demandVerbs, or callVerbs before "on" or "upon") followed within
// yieldSpan words by "to" and a yielding (en23YieldWords, with its second
// word when it takes one), the words between naming the winner and no
// rival.
func winnerToldToYield(ctx stance.Context, words []string) bool {
	for i, w := range words {
		j := i + 1
		if callVerbs[w] && j < len(words) && (words[j] == "on" || words[j] == "upon") {
			j++
		} else if !demandVerbs[w] {
			continue
		}
		for k := j + 1; k+1 < len(words) && k <= j+yieldSpan; k++ {
			if words[k] != "to" {
				continue
			}
			if yieldAt(words, k+1) {
				winner, rival := mentionsIn(ctx, words[j:k])
				return winner && !rival
			}
			break
		}
	}
	return false
}

// yieldAt reports whether words[k] opens a yielding: "concede", "step
// aside", "admit defeat".
func yieldAt(words []string, k int) bool {
	if !en23YieldWords[words[k]] {
		return false
	}
	second, ok := en23YieldSeconds[words[k]]
	if !ok {
		return true
	}
	return k+1 < len(words) && strings.Contains(" "+second+" ", " "+words[k+1]+" ")
}

// yieldSpan is how many words the addressee may take.
const yieldSpan = 6
