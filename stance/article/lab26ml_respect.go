package article

import "strings"

// Respecting the result (other languages; the English rule is
// respectsResult): "Portugal respeita as instituições e a decisão do
// Conselho Constitucional", "Я уважаю итоги голосования", "el Gobierno
// respeta el resultado", "nous respectons le verdict des urnes", "Das
// Ergebnis respektiere er", "apelou ao MpD para respeitar a decisão
// soberana". The verb of respecting (lab26mlRespects) with a declared
// result or the decision of the body that declared it as its object
// (lab26mlResultObjects: after the verb within eight words, past a coordinated object; in German also
// before it, within six) recognises the result; the models read the
// respect as a diplomatic hedge (withholding). Not when a negator stands
// in the two words before the verb (in German, in the four after it), when the result is not yet known
// ("respetará el resultado, sea cual sea": lab26mlWhatever), when a
// condition of waiting opens just before the verb ("hasta que se respete
// el resultado": lab25Untils) or follows it ("nous respecterons le
// résultat jusqu'à ce que le Conseil statue"), when a turn follows the
// verb in the run or its sentence ("respeto el resultado, pero …":
// rev25Turns), or when the run charges fraud
// (lab25Accusations: "exigimos que se respete el resultado real, no este
// fraude").

// lab26mlRespectSpan is how far after the verb (before it, in German) its
// object may stand.
const (
	lab26mlRespectSpan   = 8
	lab26mlRespectSpanDE = 6
)

// lab26mlRespectsResult reports whether words (of a run in the language
// code) respect the declared result (see above).
func lab26mlRespectsResult(code string, words []string) bool {
	verbs, lx := lab26mlRespects[code], lexicons[code]
	if verbs == nil || lx == nil || lab26mlBlocked(code, words) {
		return false
	}
	for v, w := range words {
		if !verbs[w] || lab24mlNegated(words, v, lx.negators) || lab26mlUntilBefore(code, words, v) {
			continue
		}
		if code == "de" && anyWordIn(words[v+1:min(len(words), v+5)], lx.negators) {
			continue // "das Ergebnis respektiere er nicht", "respektieren die Entscheidung nicht"
		}
		if lab26mlTurnAt(words[v+1:]) >= 0 || lab26mlUntilAfter(code, words, v) {
			return false // "respetamos el resultado, pero …", "nous respecterons le résultat jusqu'à ce que …"
		}
		o := lab26mlObjectAt(code, words, v+1, min(len(words), v+1+lab26mlRespectSpan))
		if o < 0 && code == "de" {
			o = lab26mlObjectAt(code, words, max(0, v-lab26mlRespectSpanDE), v) // "Das Ergebnis respektiere er"
		}
		if o >= 0 && !rev26lmlRespectBlocked(code, words, v, o) { // rev26lml_narrow.go
			return true
		}
	}
	return false
}

// lab26mlObjectAt returns the index of the first word of words[from:to]
// that is a result object (lab26mlResultObjects), or -1; a decision counts
// only when a body that declares results made it or it has no complement
// (lab26mlDecisions).
func lab26mlObjectAt(code string, words []string, from, to int) int {
	for k := from; k < to; k++ {
		if !hasStem(words[k:k+1], lab26mlResultObjects[code]) {
			continue
		}
		if !hasStem(words[k:k+1], lab26mlDecisions) {
			return k
		}
		next := words[k+1 : min(len(words), k+5)]
		if hasStem(next, lab26mlAuthorities) {
			return k
		}
		if code != "ru" && (len(next) == 0 || !lab26mlGenitives[next[0]] && !(len(next) > 1 && lab26mlGenitives[next[1]])) {
			return k // "respeta esa decisión", "respecte la décision" with nothing after
		}
	}
	return -1
}

// lab26mlBlocked reports whether the run respects a result not yet known
// (lab26mlWhatever) or charges fraud (lab25Accusations).
func lab26mlBlocked(code string, words []string) bool {
	joined := " " + strings.Join(words, " ") + " "
	for _, p := range lab26mlWhatever {
		if strings.Contains(joined, " "+p+" ") {
			return true
		}
	}
	return hasStem(words, lab25Accusations)
}

// lab26mlUntilBefore reports whether a condition of waiting (lab25Untils)
// opens within the three words before words[v].
func lab26mlUntilBefore(code string, words []string, v int) bool {
	for i := max(0, v-3); i < v; i++ {
		if lab25UntilAt(code, words, i) > 0 {
			return true
		}
	}
	return false
}

// lab26mlUntilAfter reports whether a condition of waiting (lab25Untils)
// opens after words[v].
func lab26mlUntilAfter(code string, words []string, v int) bool {
	for i := v + 1; i < len(words); i++ {
		if lab25UntilAt(code, words, i) > 0 {
			return true
		}
	}
	return false
}

// lab26mlTurnsAfter reports whether the rest of the sentence of rm after
// it turns (rev25Turns): "er werde „die Entscheidung respektieren“, aber
// offengelassen, ob …" keeps the judgement open.
func lab26mlTurnsAfter(text string, rm Remark) bool {
	return lab26mlTurnAt(actionWords(sentenceRestAfter(text, rm))) >= 0
}

// lab26mlTurnAt returns the index of the first turn word (rev25Turns) of
// words, or -1.
func lab26mlTurnAt(words []string) int {
	for k, w := range words {
		if rev25Turns[w] {
			return k
		}
	}
	return -1
}

// lab26mlRespectRun labels recognising a run, not a commentator's, that
// respects the declared result (lab26mlRespectsResult), unless a rule has
// labelled it already or its sentence turns after it (lab26mlTurnsAfter).
func (r Reader) lab26mlRespectRun(a *Analysis, code, run string, commentator bool) {
	if a.ByVerb || a.NoStance || commentator || r.Classifier == nil {
		return
	}
	if !lab26mlRespectsResult(code, actionWords(run)) || lab26mlTurnsAfter(r.text, a.Remark) {
		return
	}
	if p, ok := actionPrediction(verdictRecognising, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}
