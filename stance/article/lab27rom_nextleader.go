package article

import "github.com/stancekit/stancekit/corpus"

// Saying that the declared winner will be the next leader recognises the
// result: "las cifras no dejan espacio para la duda y que Zelaya será el
// próximo jefe de Estado", "Pires vai ser o novo Presidente", "Lima sera
// le prochain président". It is the claim that the winner won (claim.go)
// in its future form, which the English claims read and the models of
// Spanish, Portuguese and French do not: they read the count and the
// doubt around it. A winner's name form, within lab27romNextSpan words a
// future "to be" (lab27romWillBe), then an article, a word of the coming
// office (lab27romNextWords) and an office of a leader
// (lab27romLeaderOffices); not after a negation or a condition in the
// three words before the name ("si Zelaya será …", "nunca Zelaya será
// …") or between it and the verb, nor with a condition or a wait after
// the office, in the run or the rest of its sentence (lab27romHeldAfter).

// lab27romNextSpan is how far after the name the verb may stand ("Zelaya,
// según el tribunal, será" is four words).
const lab27romNextSpan = 4

// lab27romNextLeader reports whether words (folded: the same, folded for
// names) say that one of winners will be the next leader (see above).
func lab27romNextLeader(code string, words, folded []string, winners [][]string) bool {
	lx := lexicons[code]
	if lx == nil || !rom20Langs[code] {
		return false
	}
	for i := range words {
		if !startsForm(folded, i, winners) || anyWordIn(words[max(0, i-3):i], lx.negators) || anyWordIn(words[max(0, i-3):i], lab27romConditions) {
			continue
		}
		for v := i + 1; v < len(words) && v <= i+lab27romNextSpan; v++ {
			if lx.negators[words[v]] || lab27romConditions[words[v]] {
				break
			}
			if o := lab27romNextOffice(words, v+1); lab27romWillBeAt(words, v) && o > 0 {
				return !lab27romHeldAfter(code, words[o:])
			}
		}
	}
	return false
}

// lab27romNextOffice returns the index after the office when words from j
// are an article, a word of the coming office and a leader's office ("el
// próximo jefe"), or 0.
func lab27romNextOffice(words []string, j int) int {
	if j < len(words) && (words[j] == "o" || words[j] == "el" || words[j] == "le" || words[j] == "la" || words[j] == "a") {
		j++
	}
	if j+1 < len(words) && lab27romNextWords[words[j]] && hasStem(words[j+1:j+2], lab27romLeaderOffices) {
		return j + 2
	}
	return 0
}

// lab27romWillBeAt reports whether words[v] is a future "to be": "será",
// "sera", or the infinitive after a future auxiliary ("vai ser", "va a
// ser"), not after a verb of may or must ("deve ser", "podría ser").
func lab27romWillBeAt(words []string, v int) bool {
	if words[v] != "ser" {
		return lab27romWillBe[words[v]]
	}
	return v > 0 && lab27romFutureAux[words[v-1]] || v > 1 && words[v-1] == "a" && lab27romFutureAux[words[v-2]]
}

// lab27romHeldAfter reports whether words after the office hold the claim
// back: a condition ("solo si el tribunal confirma", cond22OpenerAt,
// lab27romConditions) or a verb of waiting ("et qu'il attendrait l'avis
// du Conseil").
func lab27romHeldAfter(code string, words []string) bool {
	for k, w := range words {
		if lab27romConditions[w] || cond22OpenerAt(code, words, k) > 0 || hasStem(words[k:k+1], processWords[code].waits) {
			return true
		}
	}
	return false
}

// lab27romNextLeaderRun multiplies recognising evidence (claimEvidence)
// into a run, not a commentator's, that says the winner will be the next
// leader (lab27romNextLeader), unless a rule has labelled it already.
func (r Reader) lab27romNextLeaderRun(a *Analysis, code, run string, commentator bool) {
	if a.ByVerb || a.NoStance || commentator || r.Classifier == nil {
		return
	}
	words := actionWords(run)
	if !lab27romNextLeader(code, words, foldWords(words), claimForms(r.Context.Winner, r.Context.Rivals)) ||
		lab27romHeldAfter(code, actionWords(sentenceRestAfter(r.text, a.Remark))) {
		return
	}
	if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), corpus.Recognising, claimEvidence); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}
