package article

import (
	"slices"

	"github.com/stancekit/stancekit/corpus"
)

// The vote's fairness as the object of an act, in Spanish and Portuguese:
// "defendió la limpieza de la votación", "destacó la transparencia del
// proceso", "defendeu a lisura do pleito". The clause form ("la votación
// fue limpia") is read by fairRun (intl_fair14.go); as a noun after a verb
// of defending or emphasis (emphasisVerbs) the models read it as
// withholding, since their corpora say "transparencia" mostly in demands
// ("exigió transparencia"). An act that opens with such a verb, a noun of
// fairness (iberoFairNouns) right after its article and a noun of the
// vote (fairDecl's votes) within four words after it, with no negation or
// demand among them, gets recognising evidence as fairRun gives.

// fairActRun multiplies recognising evidence into an act that defends or
// stresses the vote's fairness (see above), unless a rule labelled it.
func (r Reader) fairActRun(a *Analysis, code, run string, commentator bool) {
	if a.ByVerb || a.NoStance || commentator || a.Kind != Action || r.Classifier == nil || !fairActIn(code, run) && !romPraisedFairVote(code, run) { // rom19_praisedfair.go
		return
	}
	if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), corpus.Recognising, condemnEvidence); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}

// fairActIn reports whether the act text opens with a verb of defending
// or emphasis, an article and a noun of fairness followed by a noun of the
// vote.
func fairActIn(code, text string) bool {
	nouns, fl := iberoFairNouns[code], fairDecl[code]
	words := actionWords(text)
	if len(nouns) == 0 || len(words) < 4 || !emphasisVerbs[code][words[0]] || !lexicons[code].definite[words[1]] || !hasStem(words[2:3], nouns) {
		return false
	}
	end := min(len(words), 7)
	return slices.ContainsFunc(words[3:end], func(w string) bool { return hasStem([]string{w}, fl.votes) }) &&
		!slices.ContainsFunc(words[:end], func(w string) bool { return fl.holds[w] })
}
