package article

import (
	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// lab30enDelayOrRejection is the part of analyzeRun that weighs a reported
// run's delay against its rejection of the result when no claim
// recognises: each is evidence multiplied into the model's reading, except
// that a run which both puts recognition off ("would not be congratulating
// anyone") and rejects the result (the English claims: "the outcome had
// been decided long before anyone voted") is hostile by rule
// (lab30enRejectionOutranks).
func (r Reader) lab30enDelayOrRejection(a Analysis, rm Remark, run string, v actionVerdict, commentator, english bool) Analysis {
	rejects := english && !commentator && (condemnsResult(run) || rivalWon(r.Context, run) || struggleGoesOn(run) || resultCannotStand(run) || disownsResult(run) || disputeGoesOn(r.Context, run) || preDecided(run) || rivalSelfClaim(r.Context, rm, run, r.text)) // condemn.go, struggle.go, disown.go, predecided12.go, rivalself12.go
	delays := !commentator && (recognisesNobody(run) || awaitsAnyWinner(run) || defersVerdict(run) || recognitionDeferred(run) || v == verdictWithholding)                                                                                                           // nobody.go, whoever12.go; action.go: "said it had sent no congratulations"
	if p, ok := r.lab30enRejectionOutranks(a, rejects && !rev30lenChargeNotHeld(run), delays); ok {                                                                                                                                                                  // rev30len_narrow.go: "in past elections … but this time", "the claim that … was unfounded"
		a.Prediction, a.ByVerb, a.AboutResult = p, true, true
		return a
	}
	if delays {
		if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), corpus.Withholding, condemnEvidence); ok {
			a.Prediction, a.ByVerb = p, true
		}
	}
	if rejects {
		a.AboutResult = true
		if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), corpus.Hostile, condemnEvidence); ok {
			a.Prediction, a.ByVerb = p, true
		}
	}
	return a
}

// lab30enRejectionOutranks labels hostile by rule a reported run that
// both puts recognition off (delays) and rejects the result (rejects):
// GUIDELINES rule 12, rejection > delay. Weighing the two as evidence let
// the delay win ("the outcome had been decided long before anyone voted,
// and Washington would not be congratulating anyone" read withholding).
func (r Reader) lab30enRejectionOutranks(a Analysis, rejects, delays bool) (stance.Prediction, bool) {
	if !rejects || !delays {

		return a.Prediction, false
	}
	return actionPrediction(verdictHostile, a.Prediction, r.Classifier.Labels())
}
