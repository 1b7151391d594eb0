package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestRefusesResultIn: a negated verb of accepting with the result as its
// object refuses it flatly; a condition, a delay, a clause after "que", a
// hypothesis or another's refusal does not (sentences written for the
// test).
func TestRefusesResultIn(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "No reconocemos estos resultados", true},
		{"es", "no vamos a aceptar la victoria de Ivo Kask", true},
		{"es", "Nunca convalidaremos unas cifras que no cuadran con las actas", true},
		{"es", "no aceptará el triunfo del oficialismo, mientras la región felicita al ganador", true},
		{"pt", "Não reconhecemos estes números", true},
		{"pt", "o partido não vai aceitar o resultado da eleição", true},
		// counter-cases
		{"es", "no reconoceremos los resultados hasta que se revisen las actas", false},
		{"es", "todavía no aceptamos el resultado", false},
		{"es", "no aceptamos que el resultado sea definitivo", false},
		{"es", "quien no acepte los resultados tendrá que explicarlo", false},
		{"es", "No reconocer el resultado sería un error", false},
		{"es", "los que no aceptan el resultado salieron a la calle", false},
		{"es", "no aceptaremos presiones de nadie", false},
		{"pt", "ainda não reconhecemos o resultado", false},
		{"pt", "não aceitaremos o resultado sem a recontagem", false},
		{"pt", "se não reconhecerem o resultado, haverá protestos", false},
		{"fr", "Nous ne reconnaissons pas ces résultats", false}, // not read in French
	}
	for _, c := range cases {
		assert.Equal(t, c.want, refusesResultIn(c.code, c.text), "%s: %s", c.code, c.text)
	}
}

// TestRefusalRun: a quoted flat refusal is hostile by rule; a refusal
// until a condition is met is left to the verb rule and the model.
func TestRefusalRun(t *testing.T) {
	m, err := stance.DefaultLanguage("es")
	if err != nil {
		t.Fatal(err)
	}
	r := Reader{Classifier: m, Lang: "es", Context: stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}}
	res := r.Analyze("«No reconocemos estos resultados», dijo la candidata Lena Dal ante sus seguidores en Velor.")
	if assert.Len(t, res.Remarks, 1) {
		assert.Equal(t, "Lena Dal", res.Remarks[0].Speaker)
		assert.True(t, res.Remarks[0].ByVerb)
		assert.Equal(t, corpus.Hostile, res.Remarks[0].Prediction.Label)
	}
	res = r.Analyze("«No reconoceremos los resultados hasta que se revisen las actas», dijo la candidata Lena Dal en Velor.")
	if assert.Len(t, res.Remarks, 1) {
		assert.NotEqual(t, corpus.Hostile, res.Remarks[0].Prediction.Label)
	}
}
