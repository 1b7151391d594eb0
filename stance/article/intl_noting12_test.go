package article

import (
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestExtractLangNoting: taking note of the result is an act of its
// subject (notingAt); "prendre" or "nehmen" without the words of noting
// is none. Sentences written for the test.
func TestExtractLangNoting(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr a pris acte de", "fr", "Le ministre Ivo Kask a pris acte de la victoire annoncée.",
			[]langRemark{{Action, "Ivo Kask", "a pris acte de la victoire annoncée"}}},
		{"de nahm … lediglich „zur Kenntnis“", "de", "Die Außenministerin Lena Dal nahm das Ergebnis in einer Erklärung aus Velor lediglich „zur Kenntnis“.",
			[]langRemark{{Action, "Lena Dal", "nahm das Ergebnis in einer Erklärung aus Velor lediglich „zur Kenntnis“"}}},
		{"ru приняли к сведению", "ru", "Министр Ивар Каск принял к сведению предварительные итоги.",
			[]langRemark{{Action, "Ивар Каск", "принял к сведению предварительные итоги"}}},
		// counter-cases: taking without noting
		{"fr a pris la parole", "fr", "Le ministre Ivo Kask a pris la parole devant le Parlement.", nil},
		{"de nahm an der Sitzung teil", "de", "Die Außenministerin Lena Dal nahm an der Sitzung in Velor teil.", nil},
		// counter-cases: taking note of something other than the vote
		{"de nahm die Kritik … zur Kenntnis", "de", "Die Außenministerin Lena Dal nahm die Kritik der Wahlbeobachter zur Kenntnis.", nil},
		{"ru принял к сведению отставку", "ru", "Министр Ивар Каск принял к сведению отставку премьер-министра.", nil},
	})
}

// TestNotingRun: a run that takes note and recognises nothing, or only
// a recognition denied, is withholding by rule (notingRun); one that
// congratulates too is left to the other rules. Sentences written for
// the test.
func TestNotingRun(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}}
	tests := []struct {
		code, text string
		noted      bool
	}{
		{"fr", "qu'il « prenait acte » de la victoire annoncée, sans adresser la moindre félicitation", true},
		{"de", "die Regierung nehme das Ergebnis zur Kenntnis", true},
		{"ru", "Берлин «принимает итоги к сведению»", true},
		{"fr", "a pris acte de la victoire et félicité Ivo Kask", false},
		{"de", "die Regierung habe die Wahl beobachtet", false},
		// counter-cases: taking note of something other than the vote
		{"fr", "a pris acte de la démission du Premier ministre et a annoncé des consultations", false},
		{"de", "nahm die Kritik der Wahlbeobachter zur Kenntnis", false},
		{"ru", "принял к сведению отставку премьер-министра", false},
	}
	checkNotingRuns(t, ctx, tests)
}

// checkNotingRuns runs notingRun on each reported text with its
// language's default model: it must take note (noted) exactly when told,
// and then label the run withholding.
func checkNotingRuns(t *testing.T, ctx stance.Context, tests []struct {
	code, text string
	noted      bool
}) {
	t.Helper()
	for _, tc := range tests {
		m, err := stance.DefaultLanguage(tc.code)
		if err != nil {
			t.Fatal(err)
		}
		r := Reader{Classifier: m, Lang: tc.code, Context: ctx}
		a := Analysis{Remark: Remark{Kind: Reported, Text: tc.text}}
		a.Prediction = m.Predict(tc.text)
		got := r.notingRun(&a, tc.code, tc.text)
		assert.Equal(t, tc.noted, got, tc.text)
		if got {
			assert.Equal(t, corpus.Withholding, a.Prediction.Label, tc.text)
		}
	}
}
