package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

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
	case cond22Deferred(code, words) || lab30mlDeferred(code, words) || r.cond22SentenceDeferred(code, a, words): // lab30ml_defer.go: "aplazó su saludo"
		v = verdictWithholding
	}
	if p, ok := actionPrediction(v, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
}

// cond22SentenceDeferred reads cond22Deferred on the whole sentence of
// the remark a when the remark holds a recognition or a condition's
// opener and the reader split the rest off as another remark: "diz que
// aceitará o veredicto «no dia em que os boletins forem contados»" (the
// reported recognition and the quoted condition).
func (r Reader) cond22SentenceDeferred(code string, a *Analysis, words []string) bool {
	if a.Start < 0 || a.End > len(r.text) || a.Start >= a.End {
		return false
	}
	own := false
	for i, w := range words {
		own = own || cond22Recognition(code, w) || cond22OpenerAt(code, words, i) > 0
	}
	if !own {
		return false
	}
	s := a.Start
	for s > 0 && !cond22SentenceEnd(r.text[:s]) {
		s--
	}
	e := a.End
	for e < len(r.text) && !cond22SentenceEnd(r.text[:e]) {
		e++
	}
	return cond22Deferred(code, actionWords(r.text[s:e]))
}

// cond22SentenceEnd reports whether text ends a sentence or a paragraph:
// a full stop, question or exclamation mark and a space, or a line break.
func cond22SentenceEnd(text string) bool {
	return strings.HasSuffix(text, "\n") || strings.HasSuffix(text, ". ") || strings.HasSuffix(text, "? ") || strings.HasSuffix(text, "! ")
}
