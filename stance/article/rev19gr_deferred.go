package article

import "slices"

// Narrowing gr19_deferred.go (review of session 19). A subordinator of
// "before" postpones a recognition only when it opens a clause of time
// that looks ahead:
//   - "kurz bevor", "noch bevor", "schon bevor", "ещё до того как" tell
//     of something done before something else ("er habe gratuliert, kurz
//     bevor die Kommission …"): no postponement;
//   - German "ehe" is also the noun "Ehe" (marriage: "die Ehe
//     anerkennen"): it opens a clause only before a subject (rev19EheSubjects);
//   - the recognition must be no past plural ("gratulierten",
//     "anerkannten", ending in "-ten") and must not take a clause of
//     "that" ("bevor wir anerkennen, dass es Probleme gab": a fact is
//     recognised, not the winner).

// rev19DeferOpens reports whether the subordinator of n words at
// words[i] opens a clause that postpones.
func rev19DeferOpens(code string, words []string, i, n int) bool {
	if i > 0 && rev19DeferDone[code][words[i-1]] {
		return false // "kurz bevor", "ещё до того как"
	}
	if code == "de" && words[i] == "ehe" {
		return i+n < len(words) && rev19EheSubjects[words[i+n]]
	}
	return true
}

// rev19Postponed reports whether the recognition words[j] is in a form
// that is not done (gr19RecognitionEndings, not a German past plural)
// and takes no clause of "that".
func rev19Postponed(code string, words []string, j int) bool {
	w := words[j]
	if !gr19HasEnding(w, gr19RecognitionEndings[code]) || code == "de" && gr19HasEnding(w, []string{"ten"}) {
		return false
	}
	return j+1 >= len(words) || !slices.Contains(rev19Thats[code], words[j+1])
}
