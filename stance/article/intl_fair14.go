package article

import (
	"slices"
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// The vote declared free and fair, in Spanish, Portuguese, French, German
// and Russian: "las elecciones fueron libres y transparentes", "o pleito
// decorreu de forma livre e justa", "le scrutin a été libre et
// transparent", "die Wahl sei frei und fair gewesen", "выборы прошли
// свободно и честно". A leader who says so accepts the result (the
// English claim "the vote had been free and fair", claim.go fairlyHeld),
// but each language's model read such a remark as hostile — its corpus
// says "free and fair" mostly in denials ("ni libres ni justas") — and
// the English reader's judge as off the result. fairIn reads a vote noun,
// a form of "to be" (or "to go off") and a word of fairness, in that
// order or, in German, with the verb last ("dass die Wahl frei und fair
// war"), with no negation, condition or delay in the clause, and no
// plain verb of saying before the noun, which gives the verdict to
// another ("la oposición dice que …").

// fairList is one language's words for a vote declared fair.
type fairList struct {
	votes []string        // stems of the vote nouns
	be    map[string]bool // forms of "to be" and "to go off"
	fair  []string        // stems of the words of fairness
	holds map[string]bool // negations, conditions and delays
}

// fairSpan is how far apart the noun, the verb and the word of fairness
// may stand ("die Wahl sei nach Ansicht der Beobachter frei gewesen").
const fairSpan = 5

// fairIn reports whether text in the language code declares the vote
// free and fair (see above).
func fairIn(code, text string) bool {
	fl, ok := fairDecl[code]
	if !ok {
		return false
	}
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(";.:!?", r) }) {
		words := actionWords(clause)
		for i, w := range words {
			if hasStem([]string{w}, fl.votes) && declaredFair(words, i, fl) &&
				!saidBefore(words[max(0, i-condemnSpan):i], processWords[code].sayings) {
				return true
			}
		}
	}
	return false
}

// declaredFair reports whether the vote noun words[i] is followed by a
// verb of fl.be and a word of fairness within fairSpan of each other (in
// either order: German puts the verb last), with none of fl.holds from
// three words before the noun to the last of them, and no word of fl.holds
// glued to a French verb ("n'ont").
func declaredFair(words []string, i int, fl fairList) bool {
	end := min(len(words), i+2*fairSpan+1)
	be, fair := -1, -1
	for k := i + 1; k < end; k++ {
		switch {
		case be < 0 && fl.be[words[k]]:
			be = k
		case fair < 0 && hasStem(words[k:k+1], fl.fair):
			fair = k
		}
	}
	if be < 0 || fair < 0 || be-fair > fairSpan || fair-be > fairSpan {
		return false
	}
	last := max(be, fair)
	return !slices.ContainsFunc(words[max(0, i-3):last+1], func(h string) bool {
		return fl.holds[h] || strings.HasPrefix(h, "n'") || strings.HasPrefix(h, "n’")
	})
}

// fairRun multiplies recognising evidence into the prediction of a direct
// or reported run that declares the vote free and fair (fairIn), unless a
// rule has labelled it already (a condemnation, a refusal) or its speaker
// is a commentator; the run is then about the result.
func (r Reader) fairRun(a *Analysis, code, run string, commentator bool) {
	if a.ByVerb || a.NoStance || commentator || a.Kind == Action || r.Classifier == nil || !fairIn(code, run) {
		return
	}
	if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), corpus.Recognising, condemnEvidence); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}
