package article

// rev23mlNotRetraction reports whether the verb of withdrawing words[i],
// with the greeting words[k] after it (the search starting at
// words[start]), takes nothing back after all (retractedGreeting,
// en15_retract.go):
//   - the greeting is not the verb's object: a clause break or "to"
//     stands between them ("withdrew his challenge and sent
//     congratulations", "called back to repeat her congratulations");
//   - the verb is someone else's, in a relative clause opening within
//     the three words before it ("the leaders who withdrew their
//     congratulations", "the governments that had withdrawn …");
//   - the verb is an infinitive pressed on or judged by the speaker
//     (retractPressures or an action negation before "to": "rejected
//     calls to withdraw", "refused to retract", "wrong to withdraw");
//   - the verb is a hypothesis: a modal before it, "if" or "unless"
//     after the greeting ("would withdraw her congratulations only if
//     the court found fraud").
func rev23mlNotRetraction(words []string, i, start, k int) bool {
	for _, w := range words[start:k] {
		if clauseBreaks[w] || w == "to" {
			return true
		}
	}
	for _, w := range words[max(0, i-3):i] {
		if relativeWords[w] || w == "that" {
			return true
		}
	}
	if i > 0 && words[i-1] == "to" {
		for _, w := range words[max(0, i-7) : i-1] {
			if retractPressures[w] || actionNegations[w] {
				return true
			}
		}
	}
	if !rev23mlModalBefore(words, i) {
		return false
	}
	for _, w := range words[k+1:] {
		if w == "if" || w == "unless" {
			return true
		}
	}
	return false
}

// rev23mlModalBefore reports whether a hypothetical modal stands within the two
// words before words[i] ("would withdraw", "would then withdraw").
func rev23mlModalBefore(words []string, i int) bool {
	for k := max(0, i-2); k < i; k++ {
		if hypotheticalModals[words[k]] {
			return true
		}
	}
	return false
}
