package article

import "github.com/stancekit/stancekit/corpus"

// Said in mockery: "„Der Sultan hat sich krönen lassen“, spottete die
// Abgeordnete X", "Y a raillé « le plus mal élu des présidents »", "Z
// ironizou: «Parabéns ao Presidente…»", "W иронизировал: «Поздравляю
// президента с блестящей победой…»". The guidelines' rule 9 makes
// mockery hostile whatever its literal words, and the report's verb of
// mocking says it is mockery; the models read the literal words
// ("Parabéns", "Поздравляю") as recognition. The verb stands in the
// remark's sentence outside its quotation (mockedNear), or opens the act.

// mockedNear reports whether a verb of mocking of the language code
// stands in the attribution of the non-action remark rm of text (its
// sentence outside the quotation: attributionWords, mm21_mock.go).
func mockedNear(code, text string, rm Remark) bool {
	verbs := mockVerbs[code]
	if verbs == nil || rm.QuoteStart < 0 || rm.QuoteEnd > len(text) || rm.QuoteStart > rm.QuoteEnd {
		return false
	}
	words := attributionWords(text, rm)
	if hasStem(words, mockClaims[code]) {
		return false // "spottete über die Vorwürfe der Opposition" (rev24lml_mock.go)
	}
	for _, w := range rev24lmlAttrClause(text, rm) {
		if verbs[w] {
			return true
		}
	}
	return false
}

// lab24mlMockRun labels hostile by rule a run whose first remark is said
// in mockery (mockedNear), or an act that opens with a verb of mocking
// ("a raillé"), unless a rule has labelled it hostile already, the
// remark is a headline's or its speaker is a commentator.
func (r Reader) lab24mlMockRun(a *Analysis, code, run string, commentator bool) {
	if a.NoStance || commentator || a.Headline || r.Classifier == nil {
		return
	}
	if (!a.ByVerb || a.Prediction.Label == corpus.Hostile) && rev24lmlMockedClaims(code, r.text, a.Remark, run) {
		if p, ok := actionPrediction(verdictRecognising, a.Prediction, r.Classifier.Labels()); ok {
			a.Prediction, a.ByVerb = p, true // "verspottete die Betrugsvorwürfe" (rev24lml_mock.go)
			a.AboutResult, a.AboutResultProbability = true, 1
		}
		return
	}
	if a.ByVerb && a.Prediction.Label == corpus.Hostile {
		return
	}
	mocked := a.Kind != Action && mockedNear(code, r.text, a.Remark)
	if w := actionWords(run); a.Kind == Action && len(w) > 0 && !hasStem(w, mockClaims[code]) {
		for _, v := range w[:min(len(w), 2)] {
			mocked = mocked || mockVerbs[code][v]
		}
	}
	if !mocked {
		return
	}
	if p, ok := actionPrediction(verdictHostile, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}
