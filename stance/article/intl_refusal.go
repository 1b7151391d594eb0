package article

import (
	"slices"
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// A flat refusal of the result in Spanish or Portuguese: "No reconocemos
// estos resultados", "no vamos a aceptar la victoria de X", "Não vamos
// aceitar esses números", "Nunca convalidaremos unas cifras …". The
// guidelines' rule 1 makes not recognising the winner at all hostile, and
// rule 3 makes a refusal with a condition or a delay withholding; the
// models, trained on first-person statements, read the word of recognition
// and weigh the negation lightly (such a remark came out withholding or
// recognising). refusesResultIn reads a verb of accepting (flatRefusals)
// with a negation within three words before it ("no vamos a aceptar",
// "não os reconhecemos"), the result as its object within four words after
// it with no "que" in between ("no aceptamos que …" refuses a claim, not
// the result), and nothing in the clause that holds the refusal back: a
// condition or a delay ("no reconoceremos los resultados hasta que …",
// "ainda não aceitamos"), or a word before the negation that makes it
// another's or a hypothesis ("quien no acepte los resultados …", "si no
// reconocen …", "los que no aceptan …"). A negation opening its clause
// right before an infinitive is a subject ("No reconocer el resultado
// sería un error") and is no refusal either.

// refusalSpan is how far before the verb the negation may stand, and
// objectSpanRefusal how far after it the result may.
const (
	refusalSpan       = 3
	objectSpanRefusal = 4
)

// refusesResultIn reports whether text in the language code flatly refuses
// the result (see above). Only the languages of flatRefusals are read.
func refusesResultIn(code, text string) bool {
	rl, ok := flatRefusals[code]
	lx := lexicons[code]
	if !ok || lx == nil {
		return false
	}
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;.:!?", r) }) {
		words := actionWords(clause)
		for i := range words {
			if stemIn(words[i:i+1], rl.accepts) && refusedAt(words, i, rl, lx.negators) {
				return true
			}
		}
	}
	return false
}

// refusedAt reports whether the verb of accepting at words[i] is negated
// within refusalSpan words before it, has a result among the
// objectSpanRefusal words after it before any "que", and nothing in the
// clause holds the refusal back (rl.holds, rl.others, relativeHeads).
func refusedAt(words []string, i int, rl refusalList, negators map[string]bool) bool {
	n := -1
	for k := max(0, i-refusalSpan); k < i; k++ {
		if negators[words[k]] {
			n = k
		}
	}
	if n < 0 || n == 0 && i == 1 && strings.HasSuffix(words[i], "r") && slices.ContainsFunc(words[i+1:], refusalCopulas.has) {
		return false // "No reconocer el resultado sería un error"; not "[afirmó] no reconocer el triunfo de X"
	}
	if n > 0 && (rl.others[words[n-1]] || words[n-1] == "que" && n > 1 && relativeHeads[words[n-2]]) {
		return false
	}
	object := false
	for _, w := range words[i+1 : min(len(words), i+1+objectSpanRefusal)] {
		if w == "que" {
			break
		}
		object = object || stemIn([]string{w}, rl.objects)
	}
	if !object {
		return false
	}
	for _, w := range words {
		if rl.holds[w] {
			return false
		}
	}
	return true
}

// refusalCopulas are the forms of "to be" that make an infinitive opening its
// clause the subject of a judgement ("No reconocer el resultado sería un
// error", "Não aceitar o resultado é um erro").
var refusalCopulas = wordList(wordSet(`es era fue será sería sea é foi será seria seja`))

// wordList is a word set with a method value for slices.ContainsFunc.
type wordList map[string]bool

func (l wordList) has(w string) bool { return l[w] }

// refusalRun multiplies hostile evidence into the prediction of a direct
// or reported run that flatly refuses the result (refusesResultIn),
// labels hostile by rule one that names a rival the elected president
// (rivalElectIn: the guidelines' rule 2 decides "however many
// recognising words it uses", and the models read those words), and
// labels hostile an act that rejects the result (rejectedAct), unless a
// rule has labelled it already or its speaker is a commentator.
func (r Reader) refusalRun(a *Analysis, code, run string, commentator bool) {
	if a.ByVerb || a.NoStance || commentator || r.Classifier == nil {
		return
	}
	r.limitedRun(a, code, run) // "se limitó a saludar a los mexicanos" (intl_limited.go)
	if a.ByVerb {
		return
	}
	if a.Kind == Action && rejectedAct(r.Context, code, run) {
		if p, ok := actionPrediction(verdictHostile, a.Prediction, r.Classifier.Labels()); ok {
			a.Prediction, a.ByVerb = p, true
		}
		return
	}
	if a.Kind != Action && rivalElectIn(r.Context, code, run) { // intl_rivalelect.go
		if p, ok := actionPrediction(verdictHostile, a.Prediction, r.Classifier.Labels()); ok {
			a.Prediction, a.ByVerb = p, true
			a.AboutResult, a.AboutResultProbability = true, 1
		}
		return
	}
	if r.germanRefusalRun(a, code, run) || r.notingRun(a, code, run) || r.praisedRun(a, code, run) { // intl_derefusal12.go, intl_noting12.go, intl_praised12.go
		return
	}
	if a.Kind == Action || !refusesResultIn(code, run) && !lab25PronounRefusal(code, run) { // "Perú no lo aceptará" (lab25_pronoun.go)
		return
	}
	if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), corpus.Hostile, condemnEvidence); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}

// rejectedAct reports whether the act text opens with a verb of rejecting
// (flatRefusals' rejects: "desconoció", "repudió", "rechazó", "rejeitou")
// whose object, within objectSpanRefusal words, is the result, the
// victory, the proclamation or the winner named by ctx: "desconoció el
// triunfo de X", "repudió la proclamación de X", "rejeitou o resultado"
// (the guidelines' rules 1 and 15). The models read "el triunfo de X" as
// a recognition, and the claim that X won (claim.go) made such an act
// recognising; "rechazó las acusaciones de fraude" rejects something
// else and is left alone.
func rejectedAct(ctx stance.Context, code, text string) bool {
	rl, ok := flatRefusals[code]
	words := actionWords(text)
	if len(words) > 2 && perfectAuxes[code][words[0]] {
		words = words[1:] // "había rechazado el resultado" (intl_perfect13.go)
	}
	if !ok || len(words) < 2 || !rl.rejects[words[0]] {
		return false
	}
	object := words[1:min(len(words), 1+objectSpanRefusal)]
	if winner, _ := mentionsIn(ctx, object); winner {
		return true
	}
	for _, w := range object {
		if stemIn([]string{w}, rl.objects) {
			return true
		}
	}
	return false
}
