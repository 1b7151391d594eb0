package article

import "github.com/stancekit/stancekit/corpus"

// Hoping to work with the new leader recognises them: "Washington «espera
// trabajar de cerca con la administración entrante»", "disse esperar
// trabalhar com o petista nos próximos anos", "su Gobierno espera con
// interés trabajar con el presidente electo". Spanish and Portuguese
// "esperar" hopes before an infinitive and waits before a noun ("espera
// los resultados definitivos"); the models, trained on statements where
// waiting withholds, read the hope as waiting. The English reader has the
// same claim (cooperates, claim.go: "looks forward to working with").
// A form of "esperar" (lab27romHopeStems), then within two words
// (lab27romHopeFillers) an infinitive of working with someone
// (lab27romWorkVerbs), gives recognising evidence (claimEvidence); not
// after a negation in the two words before the verb ("no espera trabajar
// con…") nor with a condition after the infinitive ("esperamos trabajar
// con quien gane, una vez que…": cond22Openers, and "quien gane"), nor in
// the past ("esperaba trabajar con el ganador, pero …": lab27romHopePast),
// nor in a run that condemns the vote or the winner ("nadie espera
// trabajar con un presidente ilegítimo": condemnsIn).

// lab27romHopesToWork reports whether words (of a run in the language
// code) hope to work with someone, unconditionally (see above).
func lab27romHopesToWork(code string, words []string) bool {
	lx, stems := lexicons[code], lab27romHopeStems[code]
	if lx == nil || stems == nil || lab26mlBlocked(code, words) {
		return false
	}
	for v := range words {
		if !hasStem(words[v:v+1], stems) || lab27romHopePast[words[v]] || lab24mlNegated(words, v, lx.negators) {
			continue
		}
		j := v + 1
		for j < len(words) && j <= v+2 && lab27romHopeFillers[words[j]] {
			j++
		}
		if j >= len(words) || !lab27romWorkVerbs[words[j]] {
			continue
		}
		for k := j + 1; k < len(words); k++ {
			if cond22OpenerAt(code, words, k) > 0 {
				return false
			}
		}
		return true
	}
	return false
}

// lab27romHopeWorkRun multiplies recognising evidence (claimEvidence)
// into a run, not a commentator's, that hopes to work with someone
// (lab27romHopesToWork), unless a rule has labelled it already.
func (r Reader) lab27romHopeWorkRun(a *Analysis, code, run string, commentator bool) {
	if a.ByVerb || a.NoStance || commentator || r.Classifier == nil || !lab27romHopesToWork(code, actionWords(run)) || condemnsIn(code, run) {
		return
	}
	if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), corpus.Recognising, claimEvidence); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}
