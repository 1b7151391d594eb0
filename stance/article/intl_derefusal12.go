package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// A flat refusal of the result in German, whose verb comes last: "seine
// Partei werde die Ergebnisse … nicht anerkennen", "Kiew werde die Wahl
// nicht als legitim betrachten", "sie erkenne das Ergebnis nicht an". The
// Spanish and Portuguese refusal (refusesResultIn) looks for the result
// after the verb; German puts it between the finite verb and the negation
// before the infinitive or the separable particle. The models read the
// word of recognition and weigh the negation lightly, so such a remark
// came out withholding. A negated contest ("die Partei werde die Wahl
// nicht anfechten") is the opposite: the result is accepted.

// germanRefusalSpan is how many words before the negation the result may
// stand in its clause.
const germanRefusalSpan = 8

// germanResultVerdict reads each clause of text: verdictHostile when a
// verb of accepting right after a negation (or "an" after "nicht" with a
// form of "erkennen" before it) has the result before it in the clause
// and nothing holds the refusal back; verdictRecognising when a verb of
// contesting does; verdictNone otherwise, and when a word of the text
// holds the refusal back.
func germanResultVerdict(text string) actionVerdict {
	gr := germanRefusal
	for _, w := range actionWords(text) {
		if gr.holds[w] {
			return verdictNone // "…, bis alle Stimmen gezählt seien": held back, in any clause
		}
	}
	var prev []string // the clause before: "Es gebe keinen Grund, das Ergebnis nicht anzuerkennen"
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;.:!?", r) }) {
		words := actionWords(clause)
		if embeddedRefusal(prev, words) {
			prev = words
			continue
		}
		prev = words
		for n, w := range words {
			if !german.negators[w] || n+1 >= len(words) || !germanResultBefore(words, n) {
				continue
			}
			next := words[n+1 : min(len(words), n+3)]
			switch {
			case stemIn(next, gr.contests):
				return verdictRecognising
			case stemIn(next, gr.accepts), words[n+1] == "an" && n+2 == len(words) && germanErkennBefore(words[:n]):
				return verdictHostile
			}
		}
	}
	return verdictNone
}

// embeddedRefusal reports whether a clause's refusal is not the
// speaker's: the clause before it is negated ("Es gebe keinen Grund, das
// Ergebnis nicht anzuerkennen": two negations recognise), or the clause is
// a free relative ("wer das Ergebnis nicht anerkenne, stelle sich gegen
// die Verfassung" blames those who refuse).
func embeddedRefusal(prev, words []string) bool {
	if len(words) > 0 && words[0] == "wer" {
		return true
	}
	for _, w := range prev {
		if w == "kein" || w == "keine" || w == "keinen" || w == "keinerlei" {
			return true // "keinen Grund", "keine Veranlassung"
		}
	}
	return false
}

// germanResultBefore reports whether the result stands within
// germanRefusalSpan words before the negation words[n].
func germanResultBefore(words []string, n int) bool {
	return stemIn(words[max(0, n-germanRefusalSpan):n], germanRefusal.objects)
}

// germanErkennBefore reports whether a finite form of "anerkennen" whose
// particle was separated ("erkennt", "erkenne", "erkennen") is among
// words.
func germanErkennBefore(words []string) bool {
	for _, w := range words {
		if strings.HasPrefix(w, "erkenn") {
			return true
		}
	}
	return false
}

// germanRefusalRun multiplies hostile evidence into the prediction of a
// German direct or reported run that flatly refuses the result, and
// recognising evidence into one that will not contest it
// (germanResultVerdict), as refusalRun does for Spanish and Portuguese;
// it reports whether the run was one of them.
func (r Reader) germanRefusalRun(a *Analysis, code, run string) bool {
	if code != "de" || a.Kind == Action {
		return false
	}
	want := corpus.Hostile
	switch germanResultVerdict(run) {
	case verdictHostile:
	case verdictRecognising:
		want = corpus.Recognising
	default:
		return false
	}
	if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), want, condemnEvidence); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
	return true
}
