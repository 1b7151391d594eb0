package article

// retraction reports whether toks[i] opens taking back a greeting:
// a verb of withdrawing (retractVerbs; "pulling back", "taking back" with
// their particle) followed within retractSpan words by a greeting
// (retractObjects: "cancelled its congratulatory statement", "pulling
// back their premature greetings", "withdrew his congratulations"). The
// act withholds the recognition the greeting gave (retractedGreeting).
func retraction(toks []token, i int) bool {
	if !toks[i].word() {
		return false
	}
	start := i + 1
	switch w := toks[i].lower; {
	case retractVerbs[w]:
	case retractPhrasal[w] && i+1 < len(toks) && toks[i+1].is("back"):
		start = i + 2
	default:
		return false
	}
	for k := start; k < len(toks) && k <= start+retractSpan; k++ {
		if !toks[k].word() {
			return false
		}
		if retractObjects[toks[k].lower] {
			return true
		}
	}
	return false
}

// retractSpan is how far the greeting may follow the verb.
const retractSpan = 4

// retractedGreeting reports whether an action takes back a greeting
// (retraction, on words): a verb of withdrawing among its first
// retractOpening words ("cancelled its congratulatory statement", "had
// joined the leaders pulling back their premature greetings"), not
// negated, then the greeting within retractSpan words: withholding.
func retractedGreeting(words []string) bool {
	for i := 0; i+1 < len(words) && i < retractOpening; i++ {
		start := i + 1
		switch {
		case retractVerbs[words[i]]:
		case retractPhrasal[words[i]] && words[i+1] == "back":
			start = i + 2
		default:
			continue
		}
		if negatedBefore(words, i) {
			return false
		}
		for k := start; k < len(words) && k <= start+retractSpan; k++ {
			if retractObjects[words[k]] {
				if rev23mlNotRetraction(words, i, start, k) { // rev23ml_retract.go
					break
				}
				return true
			}
		}
	}
	return false
}

// retractOpening is how far into an action its verb of withdrawing may
// come ("had joined the European leaders pulling back …").
const retractOpening = 8

// joinedParticiple steps back over "joined the European leaders" before
// a participle, toks[k] being the word before it: "X had joined the
// European leaders pulling back their greetings", "X joined other
// governments welcoming the result" — the participle is X's act, as
// "joined other leaders in welcoming" is (joinedIn). The joining verb
// comes within six words before the participle, with only lower-case or
// capitalised words between; it returns the index of the last word
// before it, or k.
func joinedParticiple(toks []token, k int) int {
	if k+1 >= len(toks) || !toks[k+1].word() || len(toks[k+1].lower) < 5 || toks[k+1].lower[len(toks[k+1].lower)-3:] != "ing" {
		return k
	}
	for j := k; j >= 1 && j >= k-5; j-- {
		if !toks[j].word() {
			return k
		}
		if joinVerbs[toks[j].lower] {
			return j - 1
		}
	}
	return k
}
