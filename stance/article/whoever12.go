package article

// awaitsAnyWinner reports whether a remark speaks of the next government
// or leader as a free relative that names nobody: "whoever" or
// "whichever" followed within four words by a word of winning or of
// taking power (anyWinnerWords): "China would work with whichever
// government emerged", "Russia expected nothing from whoever ended up in
// power", "we will deal with whoever wins". A government that says this
// withholds its verdict from every candidate alike, and the model reads
// the rest of the remark ("internal affair", "expected nothing") as
// anything. A negation or refusal just before ("will not work with
// whoever wins") makes it none: that is a refusal the other rules read.
func awaitsAnyWinner(text string) bool {
	words := actionWords(text)
	for i, w := range words {
		if w != "whoever" && w != "whichever" {
			continue
		}
		if refusedBefore(words, i) && !objectNegated(words, i) {
			continue
		}
		for k := i + 1; k < len(words) && k <= i+4; k++ {
			if anyWinnerWords[words[k]] {
				return true
			}
		}
	}
	return false
}

// objectNegated reports whether the only negation in the three words
// before words[i] is a negative pronoun that is the object of a verb
// ("expected nothing from whoever"), not a negated verb.
func objectNegated(words []string, i int) bool {
	found := false
	for k := max(0, i-3); k < i; k++ {
		switch {
		case words[k] == "nothing" || words[k] == "little":
			found = true
		case claimNegations[words[k]] || refusalWords[words[k]]:
			return false
		}
	}
	return found
}
