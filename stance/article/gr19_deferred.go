package article

import "strings"

// Congratulating later: "Wir werden uns genau ansehen, mit wem X regieren
// will, bevor wir ihm zu irgendetwas gratulieren", "Erst wenn das
// amtliche Endergebnis vorliegt, werden wir gratulieren", "Прежде чем
// поздравлять победителя, мы дождёмся решения суда". A recognition put
// after a condition of time is postponed: the speaker withholds, which
// the model, reading the word of congratulating, took for recognising.
// The remark (direct or reported, not an act: acts have the verb rule)
// must have a subordinator of "before" (gr19Befores) with a recognition
// word (recognitionStems) within gr19DeferSpan words after it, in a form
// that is no past act (gr19RecognitionEndings): "bevor er gratulierte,
// rief er an" tells an act that was done.

// gr19DeferSpan is how far the recognition may follow the subordinator
// ("bevor wir ihm zu irgendetwas gratulieren", "erst wenn das amtliche
// Endergebnis vorliegt, werden wir gratulieren").
const gr19DeferSpan = 8

// gr19Deferred reports whether words postpone a recognition.
func (l *langLexicon) gr19Deferred(words []string) bool {
	for i := range words {
		n := gr19PhraseAt(words, i, gr19Befores[l.code])
		if n == 0 {
			continue
		}
		if !rev19DeferOpens(l.code, words, i, n) {
			continue
		}
		for j, w := range words[i+n : min(len(words), i+n+gr19DeferSpan)] {
			if l.recognition(w) && rev19Postponed(l.code, words, i+n+j) {
				return true
			}
		}
	}
	return false
}

// gr19PhraseAt returns the number of words of the first phrase of list
// that starts at words[i], or 0.
func gr19PhraseAt(words []string, i int, list []string) int {
	for _, p := range list {
		f := strings.Fields(p)
		if i+len(f) <= len(words) && strings.Join(words[i:i+len(f)], " ") == p {
			return len(f)
		}
	}
	return 0
}

// gr19HasEnding reports whether w ends with one of endings.
func gr19HasEnding(w string, endings []string) bool {
	for _, e := range endings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// gr19DeferredRun labels a direct or reported remark that postpones a
// recognition withholding, as the verb rule labels an act.
func (l *langLexicon) gr19DeferredRun(r Reader, a *Analysis, run string) {
	if a.NoStance || a.ByVerb || r.Classifier == nil || a.Kind == Action || !l.gr19Deferred(actionWords(run)) {
		return
	}
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
}
