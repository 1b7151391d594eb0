package article

import (
	"slices"
	"strings"
)

// awaitsAnyWinner reports whether a remark speaks of the next government
// or leader as a free relative that names nobody: "whoever" or
// "whichever" followed within four words by a word of winning or of
// taking power (anyWinnerWords): "China would work with whichever
// government emerged", "Russia expected nothing from whoever ended up in
// power", "we will deal with whoever wins". A government that says this
// withholds its verdict from every candidate alike, and the model reads
// the rest of the remark ("internal affair", "expected nothing") as
// anything. A negation or refusal just before ("will not work with
// whoever wins") makes it none: that is a refusal the other rules read;
// so does a recognition before it ("recognised Kask as president and
// would work with whichever cabinet he formed"): the free relative is
// then the winner's next government, not a verdict held back.
func awaitsAnyWinner(text string) bool {
	words := actionWords(text)
	for i, w := range words {
		if w != "whoever" && w != "whichever" {
			continue
		}
		if refusedBefore(words, i) && !objectNegated(words, i) || slices.ContainsFunc(words[:i], hasRecognitionStem) {
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

// defersVerdict reports whether a remark puts the speaker's verdict off
// until after something else: "before" and, within two words, a gerund of
// giving a verdict (deferGerunds), with a modal or a verb of waiting
// before it (deferModals: "would take as much time as the constitution
// allows before naming a prime minister", "would consult every party
// before deciding", "will study the complaints before commenting"). A
// remark that also recognises outright (a recognitionStems verb before
// "before") is none: "congratulated Lima before naming his own cabinet"
// told an act done; one after it is part of what is put off ("before
// deciding whether to accept the result").
func defersVerdict(text string) bool {
	words := actionWords(text)
	for i, w := range words {
		if w != "before" || !deferGerunds[words[min(i+1, len(words)-1)]] && !deferGerunds[words[min(i+2, len(words)-1)]] {
			continue
		}
		// only what comes before "before" can be a recognition told outright
		return !slices.ContainsFunc(words[:i], hasRecognitionStem) && slices.ContainsFunc(words[:i], func(w string) bool { return deferModals[w] })
	}
	return false
}

// hasRecognitionStem reports whether w begins with a recognitionStems stem.
func hasRecognitionStem(w string) bool {
	for _, s := range recognitionStems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}
