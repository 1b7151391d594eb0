package article

import (
	"strings"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// A congratulation addressed to the voters for the turnout or the calm of
// the day is no congratulation of the winner: "поздравил венесуэльцев с
// высокой явкой, однако о самом Чавесе говорил уклончиво", "felicitó a
// los hondureños por la alta participación", "a félicité les Togolais
// pour leur forte participation", "gratulierte den Wählern zur hohen
// Wahlbeteiligung", "felicitou os eleitores pela participação". The verb
// rule reads the congratulation as recognising; with the turnout as its
// object and neither the winner nor a word of the victory between the
// verb and it, the remark withholds (it praises the process, GUIDELINES
// rule 3), as the model reads "rendu hommage aux électeurs pour la
// sérénité du vote".

// lab22mlPeopleCongratulated reports whether a clause of text (between
// commas or semicolons) holds a congratulation (lab22mlCongratStems)
// followed within eight words by a word of the turnout, with no mention of
// the winner or a rival and no word of the victory in the clause, and no
// other clause names the winner or the victory other than in a contrast
// ("…, а Соколова — с победой", "…, y felicitó también a X por su
// triunfo"; but "…, однако о самом X говорил уклончиво", "…, sans citer
// le président").
func lab22mlPeopleCongratulated(ctx stance.Context, code, text string) bool {
	found := false
	for _, clause := range strings.FieldsFunc(text, func(r rune) bool { return r == ',' || r == ';' }) {
		words := actionWords(clause)
		switch {
		case lab22mlPeopleClause(code, words) && !lab22mlVictoryIn(ctx, code, words):
			found = true
		case lab22mlVictoryIn(ctx, code, words) && !rev22lmlContrasted(ctx, code, words): // rev22lml_people.go
			return false // "…, а Соколова — с победой"
		}
	}
	return found
}

// lab22mlVictoryIn reports whether words mention the winner or a rival or
// hold a word of the victory.
func lab22mlVictoryIn(ctx stance.Context, code string, words []string) bool {
	win, riv := mentionsIn(ctx, words)
	return win || riv || hasStem(words, lab22mlVictoryStems[code]) || rev22lmlWinnerTitled(ctx, words) // rev22lml_people.go
}

// lab22mlPeopleClause reports whether a clause's words hold a
// congratulation followed within eight words by a word of the turnout.
func lab22mlPeopleClause(code string, words []string) bool {
	for v, w := range words {
		if !hasStem([]string{w}, lab22mlCongratStems[code]) {
			continue
		}
		for k := v + 1; k < len(words) && k <= v+8; k++ {
			if hasStem(words[k:k+1], lab22mlTurnoutStems[code]) {
				return true
			}
		}
	}
	return false
}

// lab22mlPeopleRun labels a remark read as recognising withholding when
// its run congratulates the voters on the turnout and no clause of it
// congratulates the winner (lab22mlPeopleCongratulated).
func (r Reader) lab22mlPeopleRun(a *Analysis, code, run string, commentator bool, remarks []Remark) {
	if a.NoStance || commentator || r.Classifier == nil || a.Prediction.Label != corpus.Recognising {
		return
	}
	if !lab22mlPeopleCongratulated(r.Context, code, run) || r.rev22lmlNextNamesWinner(a, code, remarks) { // rev22lml_people.go
		return
	}
	if p, ok := actionPrediction(verdictWithholding, a.Prediction, r.Classifier.Labels()); ok {
		a.Prediction, a.ByVerb, a.AboutResult, a.AboutResultProbability = p, true, true, 1
	}
}
