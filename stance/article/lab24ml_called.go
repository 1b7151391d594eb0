package article

import (
	"slices"
	"strings"

	"github.com/stancekit/stancekit/stance"
)

// The result called something: "nannte das Ergebnis „traurig für
// Lateinamerika“", "calificó el resultado de vergonzoso", "a qualifié le
// scrutin de désastre", "назвал итоги позорными" disparage the result
// (the guidelines' hostile: attacks or mocks the winner or the other
// side), and "classificou a vitória como “histórica”", "nannte den Sieg
// verdient", "назвал победу убедительной" praise a victory (calling it
// one recognises it). The verb of calling comes first, the result, the
// vote or the victory within three words after it, and the word of
// scorn (or, after a victory, of praise) within six words after that,
// with no negation before the verb or the word, no contrast between
// them ("…, aber", "pero"), no possessive of one's own side before the
// word (a party's own "schlechtes Ergebnis für unsere Partei" is its
// loss, not the winner's), and, for a scorn, no acceptance of the
// result in the text (the guidelines' grudging acceptance, rule 7).
//
// Reports often put the complement in quotation marks after the verb
// ("nannte das Ergebnis eine „schlechte Nachricht“", "tinha classificado
// o escrutínio como “um espetáculo de circo”"): the extractor makes such a
// quotation one run with the act (calledComplement), so that every rule
// reads the verb and its complement together.

// calledSpan and calledEvalSpan are the words allowed between the verb
// and its object, and between the object and the judging word.
// calledFrameSpan is how near the end of an act its verb of calling
// must stand for the quotation after the act to be its complement
// ("nannte den Ausgang der Wahl eine „…“").
const (
	calledSpan      = 3
	calledEvalSpan  = 6
	calledFrameSpan = 6
)

// calledVerdict is the verdict of text in the language code that calls
// the result something (see above), or verdictNone.
func calledVerdict(ctx stance.Context, code, text string) actionVerdict {
	cw, ok := calledLexicon[code]
	lx := lexicons[code]
	pw := processWords[code]
	if !ok || lx == nil {
		return verdictNone
	}
	words := actionWords(text)
	for v, w := range words {
		if !cw.calls[w] || lab24mlNegated(words, v, lx.negators) {
			continue
		}
		for o := v + 1; o < len(words) && o <= v+calledSpan; o++ {
			if !cw.exactObjects[words[o]] && !hasStem(words[o:o+1], cw.objects) {
				continue
			}
			if rev24lmlCalledOff(ctx, code, words, v, o, pw) {
				break // "nannte die Kritik am Ergebnis …", "назвал явку на выборах …", "la supuesta victoria de Mora" (rev24lml_called.go)
			}
			switch calledEval(words, o, cw, lx.negators, praisedLexicon[code].buts, slices.Concat(calledFrauds[code], pw.condemn)) {
			case verdictHostile:
				if !hasStem(words, pw.accepts) && !rev24lmlCalledTurn(code, words, o, praisedLexicon[code].buts) {
					return verdictHostile
				}
			case verdictRecognising:
				return verdictRecognising
			}
			break
		}
	}
	return verdictNone
}

// lab24mlNegated reports whether a negator stands in the two words before
// words[v].
func lab24mlNegated(words []string, v int, negators map[string]bool) bool {
	for k := max(0, v-2); k < v; k++ {
		if negators[words[k]] {
			return true
		}
	}
	return false
}

// calledEval reads the words after the object words[o]: hostile at a
// word of scorn, recognising at a word of praise after a victory, none at
// a negation or a contrast first, and none at all when a possessive of
// one's own side stands in the words after the object.
func calledEval(words []string, o int, cw calledWords, negators, buts map[string]bool, condemns []string) actionVerdict {
	victory := hasStem(words[o:o+1], cw.victories)
	for _, w := range words[o+1 : min(len(words), o+calledEvalSpan+4)] {
		if cw.owns[w] {
			return verdictNone // "triste para su partido", "schlecht für seine Partei"
		}
	}
	if rev24lmlCalledScorn(words, o, cw, negators, buts, condemns) {
		return verdictHostile // "einen „Sieg der Manipulation“", "de claramente fraudulenta" (rev24lml_called.go)
	}
	for k := o + 1; k < len(words) && k <= o+calledEvalSpan; k++ {
		w := words[k]
		if negators[w] || buts[w] {
			return verdictNone
		}
		if at := strings.IndexByte(w, '\''); at > 0 && at <= 2 {
			w = w[at+1:] // "d'historique", "l'échec"
		}
		if hasStem([]string{w}, cw.scorns) {
			return verdictHostile
		}
		if victory && hasStem([]string{w}, cw.praises) {
			return verdictRecognising
		}
	}
	return verdictNone
}

// lab24mlCalledRun labels by rule a run, not a direct quotation on its
// own nor a commentator's, that calls the result something
// (calledVerdict), unless a rule has labelled it already.
func (r Reader) lab24mlCalledRun(a *Analysis, code, run string, commentator bool) {
	if a.ByVerb || a.NoStance || commentator || r.Classifier == nil || a.Kind == Direct {
		return
	}
	v := calledVerdict(r.Context, code, run)
	if v == verdictNone && lab30mlDismissed(code, actionWords(run)) {
		v = verdictHostile // "tat die Abstimmung als wertlos ab" (lab30ml_dismiss.go)
	}
	if v == verdictNone || v == verdictHostile && rev24lmlSentenceTurn(code, r.text, a.Remark) {
		return // "…schlecht, gratulierte aber Kask" (rev24lml_called.go)
	}
	if p, ok := actionPrediction(v, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}

// calledComplement reports whether the direct quotation cur is the
// complement of the act prev just before it ("nannte das Ergebnis eine
// „schlechte Nachricht“"): prev is the same speaker's act, not in a
// headline, one of its last six words (calledFrameSpan) is a verb of calling
// (calledFrameVerbs) with no quotation mark after it, and only spaces
// stand between the act and the quotation.
func calledComplement(text string, prev, cur *found) bool {
	if prev == nil || prev.Kind != Action || cur.Kind != Direct || prev.spk == nil || cur.spk != prev.spk ||
		prev.Headline || cur.Headline || prev.End > cur.QuoteStart || strings.TrimSpace(text[prev.End:cur.QuoteStart]) != "" {
		return false
	}
	words := actionWords(prev.Text)
	for _, w := range words[max(0, len(words)-calledFrameSpan):] {
		if calledFrameVerbs[w] {
			at := max(0, strings.LastIndex(strings.ToLower(prev.Text), w))
			return !strings.ContainsAny(prev.Text[at:], "\"“”„«»")
		}
	}
	return false
}
