package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestIntlActionVerdict: the verb rule on acts in the languages of
// lexicons (texts as the reader cuts them, written for the test).
func TestIntlActionVerdict(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ramírez"}, Rivals: []string{"Olmedo"}}
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"es", "felicitó al presidente electo por su victoria", verdictRecognising},
		{"es", "todavía no ha felicitado al ganador", verdictWithholding},
		{"es", "se negó a reconocer la derrota", verdictHostile},
		{"es", "no reconocerá los resultados hasta conocer el informe", verdictWithholding},
		{"es", "no reconoció el resultado", verdictNotRecognising},
		{"es", "evitó felicitar al ganador", verdictNotRecognising},
		{"es", "felicitó a Olmedo por lo que llamó su victoria", verdictHostile},
		{"es", "pidió calma a todos", verdictNone},
		{"es", "tampoco ha felicitado aún a Maduro", verdictWithholding},
		{"fr", "n'a pas encore félicité le vainqueur", verdictWithholding},
		{"fr", "a félicité le président réélu", verdictRecognising},
		{"ru", "Поздравления также направили", verdictRecognising},
		{"ru", "ещё не поздравил победителя", verdictWithholding},
		{"ru", "отказался признать итоги", verdictHostile},
		{"ru", "не признает итоги, пока не будут опубликованы протоколы", verdictWithholding},
		{"ru", "признал поражение уже утром", verdictRecognising},
		{"pt", "parabenizou o vencedor pela vitória", verdictRecognising},
		{"pt", "ainda não reconheceu a derrota", verdictWithholding},
		{"de", "schickten Glückwünsche nach Washington", verdictRecognising},
		{"de", "hat noch nicht gratuliert", verdictWithholding},
		{"de", "weigerte sich, das Ergebnis anzuerkennen", verdictHostile},
		// a negated verb of delaying says the act came at once
		{"es", "no tardó en felicitar al presidente electo", verdictRecognising},
		{"fr", "n'a pas tardé à féliciter le vainqueur", verdictRecognising},
		{"pt", "não demorou a parabenizar o vencedor", verdictRecognising},
		{"ru", "не замедлил поздравить победителя", verdictRecognising},
		{"de", "hat nicht gezögert, dem Sieger zu gratulieren", verdictRecognising},
		{"es", "no tardó en felicitar a Olmedo", verdictHostile},
		// a negation before a comma and "when" is not the act's after it
		{"es", "no se pronunció hasta el jueves, cuando felicitó a Ramírez por su triunfo", verdictRecognising},
		{"fr", "ne s'est exprimé que jeudi, lorsqu'il a félicité le vainqueur", verdictRecognising},
		{"pt", "não falou até quinta-feira, quando parabenizou o vencedor", verdictRecognising},
		{"de", "meldete sich lange nicht, als er schließlich dem Sieger gratulierte", verdictRecognising},
		{"ru", "долго не высказывался, когда наконец поздравил победителя", verdictRecognising},
		// counter-cases: the negated recognition comes before "when", or after it
		{"es", "no felicitó a Ramírez, cuando todos esperaban un mensaje", verdictNotRecognising},
		{"es", "habló el jueves, cuando todavía no había felicitado a Ramírez", verdictWithholding},
		{"de", "hat Ramírez nicht als Sieger anerkannt", verdictNotRecognising},
		// a negation in the clause before "and" is not the verb's
		{"es", "no siguió su ejemplo y felicitó al presidente electo", verdictRecognising},
		{"fr", "n'a pas attendu les résultats définitifs et a félicité le vainqueur", verdictRecognising},
		{"de", "wartete nicht ab und gratulierte dem Sieger", verdictRecognising},
		{"es", "no siguió su ejemplo y no felicitó al presidente electo", verdictNotRecognising},
		{"es", "no quiso esperar y felicitó a Olmedo", verdictHostile},
	}
	for _, c := range cases {
		t.Run(c.code+" "+c.text, func(t *testing.T) {
			assert.Equal(t, c.want, lexicons[c.code].actionVerdict(ctx, c.text))
		})
	}
}

// TestIntlByVerb: the Reader labels an act in another language by the
// verb rule (ByVerb), whatever the language's model reads in it.
func TestIntlByVerb(t *testing.T) {
	m, err := stance.DefaultLanguage("de")
	if err != nil {
		t.Fatal(err)
	}
	res := Reader{Classifier: m, Lang: "de"}.Analyze("Bundespräsidentin Anna Roth schickte Glückwünsche nach Washington.")
	if assert.Len(t, res.Remarks, 1) {
		a := res.Remarks[0]
		assert.Equal(t, Action, a.Kind)
		assert.True(t, a.ByVerb)
		assert.Equal(t, "recognising", string(a.Prediction.Label))
	}
}
