package article

// conditionalRecognition reports whether a remark makes its recognition
// wait on a future step of the count (recognitionDeferred), with the
// condition before the recognition ("If the court confirms the result, we
// will recognise her", "once the count is certified, we will
// congratulate him") or after it ("would recognise him only if the
// tribunal confirms the figures", "will congratulate her as soon as the
// results are official"). The recognition is a modal (deferringModals)
// with a recognitionStems verb at most three words after it; the
// condition opens with conditionOpeners and names a step of the count
// (conditionStep) within eight words. "Even if" and "as if" are no
// conditions, and "if you ask me" names no step.
func conditionalRecognition(text string) bool {
	words := actionWords(text)
	for k, w := range words {
		if !deferringModals[w] {
			continue
		}
		j := k + 1
		for j < len(words) && j <= k+3 && !hasRecognitionStem(words[j]) {
			j++
		}
		if j >= len(words) || j > k+3 {
			continue
		}
		for i := max(0, k-12); i < k; i++ {
			if conditionAt(words, i) && conditionStep(words[i+1:k]) {
				return true
			}
		}
		for i := j + 1; i < len(words) && i <= j+8; i++ {
			if conditionAt(words, i) && conditionStep(words[i+1:min(len(words), i+9)]) {
				return true
			}
		}
	}
	return false
}

// conditionAt reports whether words[i] opens a condition: a
// conditionOpeners word, "soon" only as "as soon as" and "if" not after
// "even" or "as".
func conditionAt(words []string, i int) bool {
	w := words[i]
	if !conditionOpeners[w] {
		return false
	}
	switch w {
	case "soon":
		return i > 0 && words[i-1] == "as" && i+1 < len(words) && words[i+1] == "as"
	case "if":
		return i == 0 || words[i-1] != "even" && words[i-1] != "as"
	}
	return true
}

// conditionStep reports whether a condition names a step of the count:
// a resultNouns, processNouns, confirmVerbs or conditionSteps word.
func conditionStep(words []string) bool {
	for _, w := range words {
		if resultNouns[w] || processNouns[w] || confirmVerbs[w] || conditionSteps[w] {
			return true
		}
	}
	return false
}
