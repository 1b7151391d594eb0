package article

// A greeting told by the crowd it joined: "X was also among the early
// callers", "X was one of the first well-wishers", "A and B were among
// the callers on election night". Reports of reactions rank the
// governments that rang or wrote to the winner this way; the copula's
// subject acted, and the act greets the winner (rec24enAmongCallers).
// "Among the first to call" is read by its infinitive's verb already
// (skipLeadIn); "among the early favourites" names no caller.

// rec24enEarly reports whether the copula toks[i] opens such a rank: see
// rec24enAmongCallers. A relative clause's copula ("X, who was among the
// callers, said …") describes, and is left to its clause's verb.
func rec24enEarly(toks []token, i int) bool {
	if !toks[i].word() || !copulas[toks[i].lower] || i > 0 && (relativeWords[toks[i-1].lower] || toks[i-1].is("that")) {
		return false
	}
	words := make([]string, 0, 7)
	for k := i; k < len(toks) && k <= i+6 && toks[k].word(); k++ {
		words = append(words, toks[k].lower)
	}
	n := rec24enAmongCallers(words)
	return n > 0 && rev24enCallersAimedAt(toks, i, n) // rev24en_aim.go: not "among the callers to a radio phone-in"
}

// rec24enAmongCallers returns the number of words of "was (also) among
// the (early) callers" or "was one of the first well-wishers" at the
// start of words (a copula, "also", "among" or "one of", "the", at most
// two modifiers and one of rec24enCallerNouns), or 0.
func rec24enAmongCallers(words []string) int {
	if len(words) < 3 || !copulas[words[0]] {
		return 0
	}
	k := 1
	if words[k] == "also" {
		k++
	}
	switch {
	case k < len(words) && words[k] == "among":
		k++
	case k+1 < len(words) && words[k] == "one" && words[k+1] == "of":
		k += 2
	default:
		return 0
	}
	if k < len(words) && words[k] == "the" {
		k++
	}
	for e := k; e < len(words) && e <= k+2; e++ {
		if rec24enCallerNouns[words[e]] {
			return e + 1
		}
	}
	return 0
}

// rec24enEarlyHead reports whether toks[j], "among" or "one" after the
// auxiliaries a joined clause's subject skips (", and B was also among
// the early callers": ownSubjectVerb stops at "among"), ends a rank's
// copula and "also": rec24enEarly at that copula.
func rec24enEarlyHead(toks []token, j int) bool {
	for c := j - 1; c >= 0 && c >= j-2 && toks[c].word(); c-- {
		if copulas[toks[c].lower] {
			return rec24enEarly(toks, c)
		}
		if !toks[c].is("also") {
			return false
		}
	}
	return false
}
