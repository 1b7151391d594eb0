package article

import "github.com/stancekit/stancekit/corpus"

// cond22Run labels a remark in the language code withholding when it puts
// a recognition off until a step of the count (cond22Deferred) and
// hostile when it refuses both recognitions of a correlative pair
// (cond22Neither: "weder anzuerkennen noch zu gratulieren"), withholding
// when that refusal waits on a delay word. It overrides a verb rule that
// read the recognition word as recognising, never one that read hostile.
func (r Reader) cond22Run(a *Analysis, code, run string, commentator bool) {
	if a.NoStance || commentator || r.Classifier == nil {
		return
	}
	if a.ByVerb && a.Prediction.ProbabilityOf(corpus.Hostile) > 0.5 {
		return
	}
	words := actionWords(run)
	v := verdictNone
	switch n := cond22Neither(code, words); {
	case n != verdictNone:
		v = n
	case cond22Deferred(code, words):
		v = verdictWithholding
	}
	if p, ok := actionPrediction(v, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
}
