package article

// An official who finds no sign of fraud defends the count, and so
// recognises its result, as in English ("no evidence of fraud",
// fraudDismissed in claim.go): „es gebe keinerlei Hinweise auf
// Unregelmäßigkeiten“, "no hay ningún indicio de fraude", "aucune preuve
// de fraude", "não há indícios de fraude", "никаких признаков
// фальсификаций". The model, trained on first-person statements, reads
// the words of irregularity and sides with withholding. A negation is
// needed just before the noun of evidence, and a word of fraud just after
// it: "Hinweise auf Unregelmäßigkeiten" alone accuses.

// dismissSpan is how far the noun of evidence may be from its negation,
// and the word of fraud from the noun ("keinerlei Hinweise auf
// Unregelmäßigkeiten", "ningún indicio serio de fraude").
const dismissSpan = 3

// dismissesFraud reports whether the words of text deny a sign of fraud.
func (l *langLexicon) dismissesFraud(text string) bool {
	words := actionWords(text)
	for i := range words {
		if !hasStem(words[i:i+1], evidenceStems[l.code]) {
			continue
		}
		negated := false
		for _, n := range words[max(0, i-dismissSpan):i] {
			negated = negated || dismissNegators[l.code][n]
		}
		if !negated {
			continue
		}
		if hasStem(words[i+1:min(len(words), i+1+dismissSpan)], fraudStems[l.code]) {
			return true
		}
	}
	return false
}

// byDismissal labels a direct or reported remark that denies a sign of
// fraud recognising by rule, as the verb rule labels an act, and reports
// whether it did.
func (l *langLexicon) byDismissal(r Reader, a *Analysis, run string) bool {
	if a.NoStance || a.ByVerb || r.Classifier == nil || a.Kind == Action || !l.dismissesFraud(run) {
		return false
	}
	p, ok := actionPrediction(verdictRecognising, a.Prediction, r.Classifier.Labels())
	if ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
	return ok
}
