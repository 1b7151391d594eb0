package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// A fronted condition of waiting (GUIDELINES rule 3: a judgement put off
// until a step of the count is withholding): a sentence that opens with
// "until", "hasta que", "tant que", "bis", "пока не" and a step of the
// count or the courts (cond22Step), whose main clause then denies a
// judgement: "Until the court rules, I don't consider the matter closed",
// "Till the commission certifies the tally, we will not recognise anyone",
// "Hasta que el tribunal se pronuncie, no daremos nada por cerrado",
// "Tant que le Conseil n'a pas proclamé les résultats, nous ne
// reconnaîtrons personne", "Bis das Gericht entscheidet, erkennen wir
// nichts an". The negation would otherwise read hostile. A main clause
// that denies a doubt ("we do not doubt the outcome") or charges fraud
// does not withhold; a condition with no step ("until the rain stops")
// opens nothing.

// lab25UntilWithheld reports whether words (of a remark in the language
// code) open with a condition of waiting on a step of the count whose
// main clause denies a judgement.
func lab25UntilWithheld(code string, words []string) bool {
	for i := 0; i < min(len(words), 4); i++ {
		if i > 0 && !lab25Leads[words[i-1]] {
			continue
		}
		n := lab25UntilAt(code, words, i)
		if n == 0 {
			continue
		}
		s := lab25StepAt(code, words, i+n, min(len(words), i+n+8))
		if s < 0 {
			return false
		}
		return lab25Denied(code, words, s)
	}
	return false
}

// lab25UntilAt returns the number of words of the condition of waiting
// (lab25Untils) at words[i], or 0.
func lab25UntilAt(code string, words []string, i int) int {
	for _, p := range lab25Untils[code] {
		f := strings.Fields(p)
		n := len(f)
		if i+n > len(words) {
			continue
		}
		if strings.HasSuffix(p, "'") {
			if strings.Join(words[i:i+n-1], " ") == strings.Join(f[:n-1], " ") && strings.HasPrefix(words[i+n-1], f[n-1]) {
				return n
			}
			continue
		}
		if gr19PhraseAt(words, i, []string{p}) > 0 {
			return n
		}
	}
	return 0
}

// lab25StepAt returns the index of the first word of words[from:to] that
// names a step of the count (cond22Step), or -1.
func lab25StepAt(code string, words []string, from, to int) int {
	for k := from; k < to; k++ {
		if cond22Step(code, words[k:k+1]) {
			return k
		}
	}
	return -1
}

// lab25Denied reports whether a negation follows the step at words[s]
// within ten words, with no doubt denied (lab25Affirmed) and no fraud
// charged (lab25Accusations) in the rest of the remark.
func lab25Denied(code string, words []string, s int) bool {
	neg := false
	for _, w := range words[s+1 : min(len(words), s+11)] {
		if code == "en" {
			neg = neg || lab25Negators[w] || guardNegations[w]
		} else if lx := lexicons[code]; lx != nil {
			neg = neg || lx.negators[w] || strings.HasPrefix(w, "n'")
		}
	}
	if !neg || rev25KeepsOn(words[s+1:]) { // "we won't rest", "…, but …" (rev25_narrow.go)
		return false
	}
	for _, w := range words[s+1:] {
		for _, p := range append(lab25Affirmed, lab25Accusations...) {
			if strings.HasPrefix(w, p) {
				return false
			}
		}
	}
	return true
}

// lab25UntilRun labels a remark in the language code withholding when it
// opens with a condition of waiting on a step of the count and denies a
// judgement (lab25UntilWithheld). It overrides a verb rule that read
// recognising, never one that read hostile. A commentator's remark counts
// only when its main clause speaks in the first person (lab25FirstPerson):
// "until the court rules, I don't consider the matter closed" is the
// speaker's own judgement; "until the court rules, the parties will not
// …" is analysis.
func (r Reader) lab25UntilRun(a *Analysis, code, run string, commentator bool) {
	if a.NoStance || r.Classifier == nil {
		return
	}
	if a.ByVerb && a.Prediction.ProbabilityOf(corpus.Hostile) > 0.5 {
		return
	}
	words := actionWords(run)
	if !lab25UntilWithheld(code, words) {
		return
	}
	if commentator && !lab25HasFirstPerson(words) {
		return
	}
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
}

// lab25HasFirstPerson reports whether words hold a first-person pronoun
// (lab25FirstPerson).
func lab25HasFirstPerson(words []string) bool {
	for _, w := range words {
		if lab25FirstPerson[w] {
			return true
		}
	}
	return false
}
