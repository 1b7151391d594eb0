package article

import "github.com/stancekit/stancekit/stance"

// An act limited to something short of recognising the winner, in
// Spanish and Portuguese: "se limitó a saludar a los mexicanos por una
// jornada ejemplar", "limitou-se a exigir a recontagem", "se limitó a
// tomar nota del anuncio". The verb of limiting says the act stopped
// there: greeting the people and not the winner, or asking for a recount,
// withholds (the guidelines' rules 4 and 6), where the verb rule read
// "saludar" as a recognition. An act that names the winner ("se limitó a
// felicitar a X") is left to the verb rule.

// limitedAct reports whether the act text opens with a verb of limiting
// (limitVerbs, after "se" in Spanish) and never names the winner of ctx.
func limitedAct(ctx stance.Context, code, text string) bool {
	if code != "es" && code != "pt" {
		return false
	}
	words := actionWords(text)
	i := 0
	if i < len(words) && words[i] == "se" {
		i++
	}
	if i >= len(words) || !limitVerbs[words[i]] || len(ctx.Winner) == 0 {
		return false
	}
	winner, _ := mentionsIn(ctx, words)
	return !winner
}

// limitedRun labels withholding by rule an act limited short of the
// winner (limitedAct), unless a rule has labelled it already.
func (r Reader) limitedRun(a *Analysis, code, run string) {
	if a.ByVerb || a.NoStance || a.Kind != Action || r.Classifier == nil || !limitedAct(r.Context, code, run) {
		return
	}
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
	}
}
