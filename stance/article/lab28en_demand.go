package article

import "strings"

// lab28enDeniedDemand reports whether the demand verb words[i] is denied
// by a negation or a holding back among the three words before it ("did
// not ask for a rerun", "stopped short of calling for a new vote",
// "never called for the result to be annulled", "declined to call for a
// fresh election", "without calling for a new vote"). A speaker who finds
// fault with the vote and yet asks for no new one holds the result back
// and does not reject it: demandVerdict reads the annulment it names as
// withholding. "not only called for a rerun" is no denial, nor "not to
// stop calling for a new vote" (a negated stop keeps the demand).
func lab28enDeniedDemand(words []string, i int) bool {
	for k := i - 1; k >= max(0, i-3); k-- {
		w := words[k]
		if w == "not" && k+1 < len(words) && words[k+1] == "only" || lab28enStopWords[w] {
			return false // "not to stop calling for a new vote" denies nothing
		}
		if (w == "not" || w == "never" || w == "without" || w == "short" || strings.HasSuffix(w, "n't") ||
			actionReserves[w] || lab28enRefuseWords[w]) && rev28lenTiedNegation(words, k, i) { // rev28len_narrow.go
			return true
		}
	}
	return false
}
