package article

import "strings"

// A speaker who "would not say whether" (or "did not tell reporters where
// her government stood", "would not say who had won") leaves the question
// open: that is the act, withholding told the way "declined to say
// whether …" is, and the open question alone ("whether she accepted the
// result") reads as if she had answered it. The negation, the verb and
// the question make one action from the first auxiliary.

// openUnsaid reports whether the speech verb toks[i] ("say", "tell",
// "comment"; unsaidVerbs and addresseeVerbs) is negated among the
// auxiliaries before it and leaves an open question (openQuestions)
// right after it, or after an addressee of at most two words ("would not
// tell reporters whether …").
func openUnsaid(toks []token, i int) bool {
	w := toks[i].lower
	if !unsaidVerbs[w] && !addresseeVerbs[w] || !negatedAux(toks, i) {
		return false
	}
	for k := i + 1; k < len(toks) && k <= i+3; k++ {
		switch {
		case !toks[k].word():
			return false
		case openQuestions[toks[k].lower]:
			return (k == i+1 || addresseeVerbs[w]) && questionOnResult(tokWords(toks, k)) // rev20en_fix.go
		}
	}
	return false
}

// negatedAux reports whether "not", "never" or a negated contraction
// stands among the auxiliaries right before toks[i] ("would not",
// "did not", "has never", "wouldn't").
func negatedAux(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4 && toks[k].word() && (auxWords[toks[k].lower] || strings.HasSuffix(toks[k].lower, "n't")); k-- {
		if toks[k].is("not") || toks[k].is("never") || strings.HasSuffix(toks[k].lower, "n't") {
			return true
		}
	}
	return false
}

// unsaidQuestion reports whether an action opens by leaving a question
// open (openUnsaid: "would not say whether …", "did not tell reporters
// where …", "refused to say whether …"): a negation or a refusal
// (unsaidRefusals + "to") within the first three words, then a speech verb
// and, within three words, an open question. Whatever the question names
// ("whether it recognised the new government") is not answered.
func unsaidQuestion(words []string) bool {
	for k := 0; k < len(words) && k < 3; k++ {
		v := k + 1
		switch {
		case unsaidRefusals[words[k]] && v+1 < len(words) && words[v] == "to":
			v++ // "refused to tell journalists where …"
		case words[k] != "not" && words[k] != "never" && !strings.HasSuffix(words[k], "n't"):
			continue
		}
		if v >= len(words) || !unsaidVerbs[words[v]] && !addresseeVerbs[words[v]] {
			return false
		}
		for q := v + 1; q < len(words) && q <= v+3; q++ {
			if openQuestions[words[q]] {
				return questionOnResult(words[q:]) // rev20en_fix.go
			}
		}
		return false
	}
	return false
}
