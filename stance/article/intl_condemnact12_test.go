package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestCondemningActRuFrDe: a Russian, French or German act of speaking
// whose object condemns the vote is hostile by the condemnation
// (condemningActs), the Russian noun of falsification ("фальсификацией")
// included; the same act denying a falsification is not made
// hostile. Sentences written for the test.
func TestCondemningActRuFrDe(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask", "Ивар Каск", "Каск"}, Rivals: []string{"Lena Dal", "Dal"}}
	cases := []struct {
		code, text string
		hostile    bool
	}{
		{"ru", "Депутат Олаф Берг назвал электронный подсчёт «откровенной фальсификацией».", true},
		{"fr", "Le député Pablo Norland a qualifié le scrutin de « mascarade ».", true},
		{"de", "Der Abgeordnete Pablo Norland sprach von einer „Farce“.", true},
		// counter-case: the condemnation denied
		{"ru", "Депутат Олаф Берг назвал обвинения в фальсификации беспочвенными.", false},
	}
	for _, c := range cases {
		m, err := stance.DefaultLanguage(c.code)
		if err != nil {
			t.Fatal(err)
		}
		res := Reader{Classifier: m, Lang: c.code, Context: ctx}.Analyze(c.text)
		if !assert.NotEmpty(t, res.Remarks, c.text) {
			continue
		}
		a := res.Remarks[0]
		assert.Equal(t, c.hostile, a.ByVerb && a.Prediction.Label == corpus.Hostile, c.text)
	}
}
