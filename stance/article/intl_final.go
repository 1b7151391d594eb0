package article

import (
	"slices"
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// The result declared final, in Spanish and Portuguese: "Los resultados
// son oficiales y definitivos", "la diferencia es clara y definitiva",
// "os resultados são «definitivos»", "el triunfo es irreversible". An
// official or a government that says so defends the result (the
// guidelines' rule 7; the English claim "the result is final", claim.go),
// but the models read such a remark by its other words ("reclamaciones",
// "trámites legais") and called it withholding. finalIn reads a result
// noun, a present or past form of "to be" within three words after it
// and a word of finality within three words after that, with no
// negation, condition or delay in the clause ("no son definitivos",
// "cuando los resultados sean definitivos", "aún no son oficiales").

// finalList is one language's words for a result declared final.
type finalList struct {
	results []string        // stems of the result nouns
	be      map[string]bool // present and past forms of "to be"
	finals  []string        // stems of the words of finality
	holds   map[string]bool // negations, conditions and delays
}

// finalSpan is how far apart the noun, the verb and the word of finality
// may stand.
const finalSpan = 3

// finalIn reports whether text in the language code declares the result
// final (see above).
func finalIn(code, text string) bool {
	fl, ok := finalDecl[code]
	if !ok {
		return false
	}
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;.:!?", r) }) {
		words := actionWords(clause)
		if declaredFinal(words, fl) {
			return true
		}
	}
	return false
}

// declaredFinal reports whether the words of one clause hold a result
// noun, a form of "to be" and a word of finality in that order, the verb
// within finalSpan+1 words of the noun (a name may follow it) and the word
// of finality within finalSpan of the verb, with none of fl.holds from
// finalSpan words before the noun to the word of finality.
func declaredFinal(words []string, fl finalList) bool {
	for i, w := range words {
		if !hasStem([]string{w}, fl.results) {
			continue
		}
		for j := i + 1; j < len(words) && j <= i+finalSpan+1; j++ { // "el triunfo de Ivo Kask es …"
			if !fl.be[words[j]] {
				continue
			}
			for f := j + 1; f < len(words) && f <= j+finalSpan; f++ {
				if hasStem(words[f:f+1], fl.finals) && !slices.ContainsFunc(words[max(0, i-finalSpan):f], func(h string) bool { return fl.holds[h] }) {
					return true
				}
			}
		}
	}
	return false
}

// finalRun multiplies recognising evidence into the prediction of a
// direct or reported run that declares the result final (finalIn),
// unless a rule has labelled it already or its speaker is a commentator.
func (r Reader) finalRun(a *Analysis, code, run string, commentator bool) {
	if a.ByVerb || a.NoStance || commentator || a.Kind == Action || r.Classifier == nil || !finalIn(code, run) && !backedIn(code, run, r.Context.Rivals) { // ib18_backed.go
		return
	}
	if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), corpus.Recognising, condemnEvidence); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}
