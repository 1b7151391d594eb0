package article

// guardedToneAt reports whether the copula toks[i] tells a reaction's
// tone as reserved: "Outgoing President X was more careful.", "Western
// governments were more guarded", "Paris was more reserved". Reports of
// reactions use it to set a speaker apart from those who congratulated,
// and the sentences after it say how (a greeting that names nobody, a
// verdict put off): the reporter's word is itself the verdict. The
// adjective (guardedWords, or "cooler") comes after the copula and at
// most two modifiers (guardedModifiers: "more", "far more", "rather"),
// and ends the clause (a comma, "than", or the sentence's end).
func guardedToneAt(toks []token, i int) bool {
	if !toks[i].word() || !copulas[toks[i].lower] {
		return false
	}
	words := make([]string, 0, 5)
	for k := i; k < len(toks) && k <= i+4 && toks[k].word(); k++ {
		words = append(words, toks[k].lower)
	}
	n := guardedToneLen(words)
	if n == 0 {
		return false
	}
	e := i + n
	return e >= len(toks) || !toks[e].word() || toks[e].is("than")
}

// guardedTone is guardedToneAt on an action's words: the action opens
// with the copula and the reserved adjective ("was more careful").
func guardedTone(words []string) bool {
	return guardedToneLen(words) > 0
}

// guardedToneLen is the number of words of "was (far) more careful" at
// the start of words, or 0.
func guardedToneLen(words []string) int {
	if len(words) < 2 || !copulas[words[0]] {
		return 0
	}
	k := 1
	for k < len(words) && k <= 2 && guardedModifiers[words[k]] {
		k++
	}
	if k >= len(words) {
		return 0
	}
	if guardedWords[words[k]] && k > 1 && words[k-1] == "more" || words[k] == "cooler" {
		return k + 1
	}
	return 0
}
