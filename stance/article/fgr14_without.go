package article

// An act done "without" recognising: "Le président de la Commission a
// salué la mobilisation pacifique des électeurs, sans adresser de
// félicitations au vainqueur", "X lobte den ruhigen Ablauf, ohne dem
// Sieger zu gratulieren". Praise of the vote's conduct with the
// congratulation pointedly left out is the guidelines' withholding; the
// verdict read the first word of recognition ("salué") and made the act
// recognising.

// withoutRecognition reports whether one of the language's words of
// "without" (fgrWithout) stands within four words before a word of
// recognition in words.
func (l *langLexicon) withoutRecognition(words []string) bool {
	without := fgrWithout[l.code]
	for i, w := range words {
		if !without[w] || promptlyAt(words, i+1) || words[min(i+1, len(words)-1)] == "zu" && promptlyAt(words, i+2) {
			continue // "sans attendre, il a félicité", "ohne zu zögern", "без промедления поздравил": promptly
		}
		for _, r := range words[i+1 : min(i+5, len(words))] {
			if l.recognition(r) {
				return true
			}
		}
	}
	return false
}

// promptlyAt reports whether words[j] makes a "without" before it
// "promptly" (promptVerbs, fgrPromptAfterWithout).
func promptlyAt(words []string, j int) bool {
	return j < len(words) && (promptVerbs[words[j]] || fgrPromptAfterWithout[words[j]])
}
