package article

// Avoiding to judge, in Spanish and Portuguese: "X evitó calificar la
// votación", "X evitou qualificar o resultado", "evitou comentar o
// resultado". The person declines to take a position on the result,
// which the guidelines call withholding, as English reads "avoided
// naming Lima" (action.go); the language's model, trained on
// first-person statements, reads the third-person act by its words and
// may call it hostile.

// avoidedJudging reports whether words have a verb of avoiding (the
// language's avoids) followed within two words by a verb of judging or
// commenting, and no recognition anywhere ("evitó felicitar" is left to
// the verb rule).
func (l *langLexicon) avoidedJudging(words []string) bool {
	judging := judgingVerbs[l.code]
	if judging == nil {
		return false
	}
	for _, w := range words {
		if l.recognition(w) {
			return false
		}
	}
	for i, w := range words {
		if !l.avoids[w] {
			continue
		}
		for _, n := range words[i+1 : min(len(words), i+3)] {
			if judging[n] {
				return true
			}
		}
	}
	return false
}
