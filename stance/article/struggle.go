package article

// struggleGoesOn reports whether a remark vows that the fight over the
// result goes on: a word of struggle (fight, struggle, battle) with "our",
// "the" or "this" before it, then within four words a word of going on
// ("our fight continues", "the struggle goes on", "this battle is not
// over", "the fight has only just begun"). A loser says this to tell
// supporters the result is not accepted; the model reads its plain words
// as recognising. A struggle for or against something named ("the fight
// against corruption continues", "our struggle for jobs goes on") is a
// programme, not the dispute, and a negated or conditioned vow ("if the
// fight continues") is none.
func struggleGoesOn(text string) bool {
	words := actionWords(text)
	for i, w := range words {
		if !struggleNouns[w] || i == 0 || !struggleOwners[words[i-1]] || hedged(words, i) {
			continue
		}
		if i+1 < len(words) && (words[i+1] == "against" || words[i+1] == "for" || words[i+1] == "of" || words[i+1] == "to") {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+4; k++ {
			if goesOnWords[words[k]] || words[k] == "over" && words[k-1] == "not" {
				return true
			}
		}
	}
	return false
}

// resultCannotStand reports whether a remark says the result cannot
// stand: a result noun, then within three words a negation, then within
// four more "stand" ("the results could not stand", "the outcome cannot
// be allowed to stand", "this verdict will not stand"). It asks for the
// result to be undone. A hedged result ("claimed the result could not
// stand", "not true that the result cannot stand") is none, nor is a
// decision to do something ("the decision to suspend the count cannot
// stand").
func resultCannotStand(text string) bool {
	words := actionWords(text)
	for i, w := range words {
		if !resultNouns[w] || hedged(words, i) || i+1 < len(words) && words[i+1] == "to" || decisionToBefore(words, i) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+3; k++ {
			if !claimNegations[words[k]] {
				continue
			}
			for j := k + 1; j < len(words) && j <= k+4; j++ {
				if words[j] == "stand" {
					return true
				}
			}
		}
	}
	return false
}

// decisionToBefore reports whether "to" after a result noun stands in the
// three words before words[i]: "the decision to suspend the count" is the
// decision's, not the count's (as in resultFinal).
func decisionToBefore(words []string, i int) bool {
	for k := max(1, i-3); k < i; k++ {
		if words[k] == "to" && resultNouns[words[k-1]] {
			return true
		}
	}
	return false
}
