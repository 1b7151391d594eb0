package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestCondemnsInFraudNouns: in Spanish and Portuguese the noun of fraud
// (and "roubo", "golpe") condemns as the adjectives do, unless a negation,
// "sin"/"sem", "ningún"/"nenhum" or a hedge takes it back (sentences
// written for the test).
func TestCondemnsInFraudNouns(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "habló de un fraude en las mesas del sur", true},
		{"es", "esto es un fraude de principio a fin", true},
		{"pt", "falou num golpe preparado muito antes da votação", true},
		{"pt", "é um roubo da vontade do povo", true},
		// counter-cases
		{"es", "no hubo fraude en Velor", false},
		{"es", "Ivo Kask ganó sin fraude", false},
		{"es", "ningún indicio de fraude apareció en las actas", false},
		{"es", "rechazó las denuncias de fraude", false},
		{"pt", "Ivo Kask venceu sem fraude", false},
		{"pt", "não encontrou nenhum indício de fraude", false},
		{"pt", "o governo negou que tenha havido fraude", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, condemnsIn(c.code, c.text), "%s: %s", c.code, c.text)
	}
}

// TestCondemningAct: a Spanish act of speaking whose object condemns the
// vote is hostile by the condemnation; the same act dismissing fraud is
// not made hostile.
func TestCondemningAct(t *testing.T) {
	m, err := stance.DefaultLanguage("es")
	if err != nil {
		t.Fatal(err)
	}
	r := Reader{Classifier: m, Lang: "es", Context: stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}}
	res := r.Analyze("El candidato Pablo Norland habló de un fraude en las mesas del sur.")
	if assert.Len(t, res.Remarks, 1) {
		assert.Equal(t, Action, res.Remarks[0].Kind)
		assert.True(t, res.Remarks[0].ByVerb)
		assert.Equal(t, corpus.Hostile, res.Remarks[0].Prediction.Label)
	}
	res = r.Analyze("El candidato Pablo Norland habló de unas elecciones sin fraude en las mesas del sur.")
	if assert.Len(t, res.Remarks, 1) {
		assert.False(t, res.Remarks[0].ByVerb)
	}
}
