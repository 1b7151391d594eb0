package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
)

// lab28romTributeAfterGreeting gives an act praising the voters the
// recognition of the act before it when both are one speaker's in one
// sentence: "X a adressé ses félicitations à M. W, et rendu hommage aux
// électeurs pour la sérénité du vote", "cumprimentou o presidente
// reeleito e saudou o povo pelo civismo demonstrado". The comma splits
// the sentence into two acts, and the model reads the second alone as
// withholding (praise of the vote that says nothing of who won, as it is
// when it stands alone: "Y a rendu hommage aux électeurs" is left as it
// is). Spanish, Portuguese and French only; the act before must be
// recognising by the verb rule, and the tribute must name neither the
// winner nor a rival. Only a tribute read as withholding is lifted: one
// read as hostile says more than praise ("et rendu hommage aux électeurs
// privés de leur victoire par un scrutin truqué", rev28rom).
func (r Reader) lab28romTributeAfterGreeting(a *Analysis, code string, lastAct *Analysis) {
	if !lab28romTributeLangs[code] || a.Kind != Action || a.NoStance || lastAct == nil || lastAct.Speaker != a.Speaker || a.Speaker == "" {
		return
	}
	if !lastAct.ByVerb || lastAct.Prediction.Label != corpus.Recognising || a.Prediction.Label != corpus.Withholding {
		return
	}
	if lastAct.End > a.Start || a.Start > len(r.text) || strings.ContainsAny(r.text[lastAct.End:a.Start], ".!?\n") {
		return
	}
	words := actionWords(a.Text)
	if win, riv := mentionsIn(r.Context, words); win || riv || !anyWordIn(words, lab28romPeopleWords) {
		return
	}
	a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = lastAct.Prediction, true, true, 1
}
