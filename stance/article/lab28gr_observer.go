package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// An election observer's criticism withholds (German and Russian). A
// speaker whose name or title marks an observation of the vote (a
// mission, its head, an observer organisation: lab28grObserverStems,
// "Глава миссии БДИПЧ ОБСЕ Анна Рей", "die Sprecherin der
// Wahlbeobachtungsorganisation X") judges how the vote ran against
// standards; what it finds wrong ("второй тур не соответствовал
// международным стандартам", "der größere Schaden sei schon im Wahlkampf
// angerichtet worden") is an assessment that leaves recognition to the
// governments, not a rejection of the result, and the models read its
// list of faults as hostile. A hostile reading of such a speaker's remark
// is taken as withholding; a recognising one (observers who find the vote
// fair), the rules' own readings (ByVerb: "called it a farce") and a
// run that judges the result's legitimacy (lab28grLegitimacyStems:
// "отказался считать итоги законными") stay.

// lab28grObserver reports whether the speaker or title of rm marks an
// observer of the vote, in the language code: a stem opens a word (a
// Russian "комиссия" holds "мисси" but is no mission), or in German
// stands anywhere in it.
func lab28grObserver(code string, rm Remark) bool {
	stems := lab28grObserverStems[code]
	if stems == nil {
		return false
	}
	words := actionWords(rm.Speaker + " " + rm.Role)
	if hasStem(words, rev28grNotObserverStems[code]) {
		return false // rev28gr_observer.go
	}
	for _, w := range words {
		for _, s := range stems {
			if strings.HasPrefix(w, s) || code == "de" && strings.Contains(w, s) {
				return true
			}
		}
	}
	return false
}

// lab28grObserverRun reads an observer's hostile run as withholding (see
// above), unless a rule has labelled it.
func (r Reader) lab28grObserverRun(a *Analysis, code, run string) {
	if a.ByVerb || a.NoStance || !a.AboutResult || r.Classifier == nil || a.Prediction.Label != corpus.Hostile {
		return
	}
	if !lab28grObserver(code, a.Remark) || hasStem(actionWords(run), lab28grLegitimacyStems[code]) || rev28grRejects(r.Context, code, run) {
		return
	}
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction = p
	}
}
