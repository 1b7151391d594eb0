package article

// toneAt reports whether the copula toks[i] tells a reaction's tone by
// comparison with the reactions before it: reserved ("Outgoing
// President X was more careful.", "Western governments were more
// guarded", "Paris was more reserved") or sharp ("Jim Roe was blunter.",
// "Israel was harsher.", "X was no gentler.", "The ruling party was less
// restrained."). Reports of reactions use it to set a speaker apart, and
// the sentences after it say how; the reporter's word is itself the
// verdict (toneOf). The comparison comes after the copula and at most
// two modifiers ("far more", "even"), and ends the clause (a comma,
// "than", or the sentence's end): "was blunter about the platforms" is
// about something else. A relative clause's copula ("X, who was
// blunter, congratulated W") describes, and tells no reaction; the verb
// rule also wants a remark just before, to compare with (sentence.go:
// "The weather in Velor was cooler." is no reaction).
func toneAt(toks []token, i int) bool {
	if !toks[i].word() || !copulas[toks[i].lower] || i > 0 && (relativeWords[toks[i-1].lower] || toks[i-1].is("that")) {
		return false
	}
	words := make([]string, 0, 5)
	for k := i; k < len(toks) && k <= i+4 && toks[k].word(); k++ {
		words = append(words, toks[k].lower)
	}
	n, _ := toneLen(words)
	if n == 0 {
		return false
	}
	return lab29enToneEnds(toks, i+n) // lab29en_tone.go: "was blunter still."
}

// toneOf is the verdict of an action opening with toneAt's comparison
// ("was more careful": withholding; "was blunter": hostile), or
// verdictNone.
func toneOf(words []string) actionVerdict {
	_, v := toneLen(words)
	return v
}

// toneLen is the number of words of "was (far) more careful" at the
// start of words and the tone's verdict, or 0 and verdictNone.
func toneLen(words []string) (int, actionVerdict) {
	if len(words) < 2 || !copulas[words[0]] {
		return 0, verdictNone
	}
	k := 1
	for k < len(words) && k <= 2 && toneModifiers[words[k]] {
		k++
	}
	if k >= len(words) {
		return 0, verdictNone
	}
	w, prev := words[k], words[k-1]
	switch {
	case guardedWords[w] && prev == "more" || w == "cooler":
		return k + 1, verdictWithholding
	case sharpComparatives[w], sharpWords[w] && prev == "more", guardedWords[w] && prev == "less", gentleComparatives[w] && prev == "no":
		return k + 1, verdictHostile
	}
	return 0, verdictNone
}
