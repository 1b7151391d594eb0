package article

import "strings"

// Stopping short of a verdict withholds one, in Spanish, Portuguese and
// French, as "stopped short of calling the vote fair" does in English
// (actionReserves, lexicon.go): "expresó dudas sobre el escrutinio, sin
// llegar a hablar de fraude", "nunca chegou a qualificar a votação de
// livre e justa", "a démissionné, sans aller jusqu'à parler de fraude",
// "a condamné le putsch, sans pour autant faire siens les chiffres". The
// speaker says the verdict is not theirs, whichever way it would go; the
// models read the fraud or the fairness named after it and take it for
// the speaker's. A phrase of going as far as (lab29romStopShorts) right
// before an infinitive (a word ending as one: "hablar", "qualificar",
// "parler", "faire") in a direct, reported or act run makes the run
// withholding. "sans pour autant" and "sin por ello" ("without for all
// that") are read only before a recognition or a taking-as-one's-own
// (lab29romAdopt: "sans pour autant faire siens les chiffres"): "dénonça
// la fraude sans pour autant appeler à manifester" stops short of nothing
// about the vote. Not "no llegó al 1 %": a share, no infinitive.

// lab29romStopsShort reports whether the run's words stop short of a
// verdict (see above).
func lab29romStopsShort(code, run string) bool {
	phrases, ok := lab29romStopShorts[code]
	lx := lexicons[code]
	if !ok || lx == nil {
		return false
	}
	words := actionWords(strings.ReplaceAll(run, "’", "'"))
	for i := range words {
		for ph, needsVerdict := range phrases {
			pw := strings.Fields(ph)
			if i+len(pw) >= len(words) || strings.Join(words[i:i+len(pw)], " ") != ph {
				continue
			}
			next := words[i+len(pw) : min(len(words), i+len(pw)+3)]
			if !lab29romInfinitive(next[0]) || !lab29romVerdictInf(code, next[0]) && !lx.recognition(next[0]) || lab29romContrastAfter(words[i:]) || rev29romFraudBefore(words[:i]) {
				continue // rev29rom_stopshort.go: "sin llegar a viajar", "… pero calificó la elección de fraude"
			}
			if !needsVerdict || lx.recognition(next[0]) || anyWordIn(next, lab29romAdopt) {
				return true
			}
		}
	}
	return false
}

// lab29romInfinitive reports whether w ends as an infinitive of the
// three languages does ("hablar", "qualificar", "parler", "faire",
// "reconnaître").
func lab29romInfinitive(w string) bool {
	for _, e := range []string{"ar", "er", "ir", "re", "ír"} {
		if strings.HasSuffix(w, e) && len(w) > 3 {
			return true
		}
	}
	return false
}

// lab29romStopShortRun makes a run that stops short of a verdict
// withholding.
func (r Reader) lab29romStopShortRun(a *Analysis, code, run string, commentator bool) {
	if a.NoStance || a.ByVerb || commentator || r.Classifier == nil || !lab29romStopsShort(code, run) {
		return
	}
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb = p, true
		a.AboutResult, a.AboutResultProbability = true, 1
	}
}
