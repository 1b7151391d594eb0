package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestPraisedVote: calling the vote free or fair recognises
// (praisedVote); a negated praise, or praise of something else, does
// not. Sentences written for the test.
func TestPraisedVote(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"de", "nannte die Abstimmung „frei und offen“", true},
		{"fr", "a qualifié le scrutin de « libre et transparent »", true},
		{"ru", "назвал выборы «честными и свободными»", true},
		// counter-cases
		{"de", "nannte die Abstimmung weder frei noch fair, sie sei nicht frei gewesen", false},
		{"fr", "a qualifié le scrutin de ni libre ni transparent", false},
		{"ru", "назвал выборы не честными", false},
		{"de", "nannte die Pressekonferenz offen und fair", false},
		// the praise denied before its verb, or conceded before a reproach
		{"fr", "n'a pas qualifié le scrutin de « libre »", false},
		{"ru", "не назвал выборы честными", false},
		{"de", "nannte die Abstimmung „frei und offen“, kritisierte aber das Ergebnis als gefälscht", false},
		{"fr", "a qualifié le scrutin de « libre » mais a dénoncé des fraudes massives dans le décompte", false},
		{"ru", "назвал выборы «свободными», но заявил о массовых нарушениях при подсчёте", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, praisedVote(c.code, c.text), "%s: %s", c.code, c.text)
	}
}

// TestPraisedRun: a German act calling the vote free is recognising by
// rule (praisedRun). Sentence written for the test.
func TestPraisedRun(t *testing.T) {
	m, err := stance.DefaultLanguage("de")
	if err != nil {
		t.Fatal(err)
	}
	r := Reader{Classifier: m, Lang: "de", Context: stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}}
	res := r.Analyze("Regierungssprecher Pablo Norland nannte die Abstimmung „frei und offen“.")
	if assert.Len(t, res.Remarks, 1) {
		assert.True(t, res.Remarks[0].ByVerb)
		assert.Equal(t, corpus.Recognising, res.Remarks[0].Prediction.Label)
	}
}
