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
		{"es", "no reconocer el triunfo de Ivo Kask", true}, // the clause of "afirmó no reconocer …"
		{"pt", "Não aceitar o resultado é um erro", false},
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

// TestRejectedAct: an act that opens with a verb of rejecting and has the
// result, the proclamation or the winner as its object is hostile by
// rule; rejecting accusations is not read so (sentences written for the
// test).
func TestRejectedAct(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "desconoció el triunfo de Kask", true},
		{"es", "repudió la proclamación de Kask", true},
		{"pt", "rejeitou o resultado da eleição", true},
		{"pt", "desconheceu a vitória de Kask", true},
		// counter-cases
		{"es", "rechazó las acusaciones de fraude contra Kask", false},
		{"es", "repudió la violencia en las calles", false},
		{"pt", "felicitou Kask pela vitória", false},
		{"fr", "a rejeté le résultat", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, rejectedAct(ctx, c.code, c.text), "%s: %s", c.code, c.text)
	}
}

// TestExtractLangNegatedInfinitive: a verb of saying with a negated
// infinitive reports it (intl_infclause.go); the acts of rejecting are
// acts of their subject. Sentences written for the test.
func TestExtractLangNegatedInfinitive(t *testing.T) {
	runLangCases(t, []langCase{
		{"es afirmó no reconocer", "es", "El presidente de Solia, Julián Vega, afirmó no reconocer el triunfo de Kask.",
			[]langRemark{{Reported, "Julián Vega", "no reconocer el triunfo de Kask"}}},
		{"pt disse não aceitar", "pt", "O presidente Júlio Vega disse não aceitar o resultado da votação.",
			[]langRemark{{Reported, "Júlio Vega", "não aceitar o resultado da votação"}}},
		{"es desconoció", "es", "El presidente de Solia, Julián Vega, desconoció el triunfo de Kask.",
			[]langRemark{{Action, "Julián Vega", "desconoció el triunfo de Kask"}}},
		// counter-case: a negated noun is no infinitive
		{"es dijo no a", "es", "El presidente Julián Vega dijo no a la propuesta.", nil},
	})
}
