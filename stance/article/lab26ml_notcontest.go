package article

// A negated contest of the result recognises it: "anunció que no
// impugnará los resultados", "não vai contestar o resultado na justiça",
// "il ne contestera pas les résultats", "не будет оспаривать итоги
// выборов", "no presentará recursos contra el resultado", "n'introduira
// aucun recours contre l'élection". The models read the verb of
// contesting and weigh the negation lightly, so such a remark came out
// hostile or withholding. German, whose negation comes after the object,
// has its own rule (germanResultVerdict, intl_derefusal12.go).
//
// The negation (the lexicon's negators, a French word in "n'", or a
// quantifier of none) must stand right before the verb or noun of
// contesting (lab26mlContests), or before auxiliaries and verbs of filing
// that lead to it (lab26mlContestLinks): "no descarta impugnar" (does not
// rule out contesting) is no recognition. A word of the result
// (lab26mlContestObjects) must follow within six words. A correlative
// negation ("não reconhece nem contesta os resultados", "ni reconoce ni
// impugna") neither recognises nor contests: it withholds, and the rule
// leaves it (lab26mlNeithers). Not when a turn
// follows in the run ("não está a contestar o resultado, mas quer que se
// esclareçam as dúvidas": rev25Turns), when a condition of waiting does
// (lab25Untils), or when the run charges fraud (lab25Accusations).

// lab26mlContestSpan is how far after the verb of contesting its result
// may stand, and lab26mlLinkSpan how many linking words may stand between
// the negation and the verb.
const (
	lab26mlContestSpan = 6
	lab26mlLinkSpan    = 4
)

// lab26mlNotContested reports whether words (of a run in the language
// code) deny contesting the result (see above).
func lab26mlNotContested(code string, words []string) bool {
	stems, lx := lab26mlContests[code], lexicons[code]
	if stems == nil || lx == nil || lab26mlBlocked(code, words) {
		return false
	}
	for v, w := range words {
		if !hasStem([]string{w}, stems) || !lab26mlNegatedThrough(code, words, v, lx.negators) || lab26mlRecognitionDenied(code, words, v, lx.negators) {
			continue
		}
		if !hasStem(words[v+1:min(len(words), v+1+lab26mlContestSpan)], lab26mlContestObjects[code]) {
			continue
		}
		return lab26mlTurnAt(words[v+1:]) < 0 && !lab26mlUntilAfter(code, words, v) &&
			!rev26lmlContestBlocked(code, words, v, lx.negators) // rev26lml_narrow.go
	}
	return false
}

// lab26mlNegatedThrough reports whether a negation stands before
// words[v], right before it or before linking words only
// (lab26mlContestLinks), at most lab26mlLinkSpan of them.
func lab26mlNegatedThrough(code string, words []string, v int, negators map[string]bool) bool {
	for k := v - 1; k >= 0 && k >= v-1-lab26mlLinkSpan; k-- {
		w := words[k]
		if lab26mlNeithers[w] || k > 0 && lab26mlNeithers[words[k-1]] {
			return false // "não reconhece nem contesta os resultados", "ne reconnaît ni ne conteste"
		}
		if rev26lmlNegator(code, words, k, negators) { // rev26lml_narrow.go
			return true
		}
		if !lab26mlContestLinks[w] {
			return false
		}
	}
	return false
}

// lab26mlNotContestRun labels recognising a run, not a commentator's,
// that denies contesting the result (lab26mlNotContested). It overrides a
// verb rule that read the verb of contesting without its negation; so
// does a denied ground to doubt it (lab30mlDoubtDenied, lab30ml_nodoubt.go).
func (r Reader) lab26mlNotContestRun(a *Analysis, code, run string, commentator bool) {
	if a.NoStance || commentator || r.Classifier == nil {
		return
	}
	if words := actionWords(run); !lab26mlNotContested(code, words) && !(lab30mlDoubtDenied(code, words) && !rev30lmlOffVote(r.Context, code, words)) || rev30lmlRivalContest(r.Context, a.Remark, words) || lab26mlTurnsAfter(r.text, a.Remark) || rev26lmlGoesOn(run) {
		return
	}
	if p, ok := actionPrediction(verdictRecognising, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}

// lab26mlRecognitionDenied reports whether a negated word of recognition
// (cond22Recognition) stands in the six words before words[v]: "не
// признаёт и не оспаривает итоги" neither recognises nor contests.
func lab26mlRecognitionDenied(code string, words []string, v int, negators map[string]bool) bool {
	for k := max(0, v-6); k < v; k++ {
		if cond22Recognition(code, words[k]) && lab24mlNegated(words, k, negators) {
			return true
		}
	}
	return false
}
