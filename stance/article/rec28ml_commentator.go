package article

import (
	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// A commentator who condemns the result takes a stance on it: "El
// académico X calificó el proceso de «elección de Estado» y aseguró que
// el presidente electo llegará al cargo sin legitimidad", "«Es una
// presidencia ilegítima de origen», afirmó el constitucionalista Y". In
// an article of these languages (no judge reads them) a commentator's
// remarks are off the result (intl_commentator.go), and the rules that
// read a refusal or a condemnation (refusalRun, condemnRun) step over
// commentators, so a scholar who denies the winner's legitimacy ended
// with no stance. A remark of the run that refuses the result
// (refusesResultIn) or condemns the vote (condemnsIn: denied legitimacy,
// a vote called rigged, with their guards against another target or a
// hedge) puts the commentator's run on the result, hostile evidence
// multiplied in as condemnRun does. Each remark of the run is read alone:
// the run's text joins its quotations with no stop, so a negation in one
// ("… que nunca debió abrirse") hedged the condemnation that opens the
// next. The run must name the winner or a rival, or speak of the vote or
// the office won (rec28mlResultStems): "el fraude fiscal de las empresas
// mineras" condemns no vote. A commentator on the economy or the turnout
// keeps no stance.

// rec28mlCommentatorVerdictRun puts the run a of a commentator on the
// result, hostile, when one of its remarks condemns the vote.
func (r Reader) rec28mlCommentatorVerdictRun(a *Analysis, code string, commentator bool, remarks []Remark) {
	if !commentator || a.NoStance || a.Kind == Action || r.Classifier == nil || !rec28mlRunCondemns(r.Context, code, a.Run, remarks) {
		return
	}
	a.AboutResult, a.AboutResultProbability = true, 1
	if a.ByVerb {
		return
	}
	if p, ok := evidencePrediction(a.Prediction, r.Classifier.Labels(), corpus.Hostile, condemnEvidence); ok {
		a.Prediction, a.ByVerb = p, true
	}
}

// rec28mlRunCondemns reports whether a remark of the run run (the index
// of its first remark) refuses the result or condemns the vote and is
// itself on this result (rev28mlOnResult).
func rec28mlRunCondemns(ctx stance.Context, code string, run int, remarks []Remark) bool {
	for _, rm := range remarks {
		if rm.Run == run && (refusesResultIn(code, rm.Text) || condemnsIn(code, rm.Text)) && rev28mlOnResult(ctx, code, rm.Text) {
			return true
		}
	}
	return false
}

// rec28mlResultStems are stems of the words of a vote and of the office
// it gives, per language.
var rec28mlResultStems = map[string][]string{
	"es": {"elecci", "elect", "comici", "votaci", "voto", "escrutini", "presiden", "mandat", "gobiern", "candidat"},
	"pt": {"eleiç", "eleit", "votaç", "voto", "escrutíni", "presiden", "mandat", "govern", "candidat"},
	"fr": {"élect", "élu", "scrutin", "vote", "présiden", "mandat", "gouvern", "candidat"},
	"de": {"wahl", "präsident", "regierung", "mandat", "ergebnis", "kandidat", "abstimmung"},
	"ru": {"выбор", "голосован", "президент", "мандат", "правительств", "итог", "кандидат"},
}
