package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestLimitedAct: an act limited to greeting the people or asking for a
// recount withholds by rule; limited to congratulating the winner, or not
// limited, it is the verb rule's (sentences written for the test).
func TestLimitedAct(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "se limitó a saludar a los velorios por una jornada ejemplar", true},
		{"pt", "limitou-se a exigir a recontagem dos votos", true},
		// counter-cases
		{"es", "se limitó a felicitar a Ivo Kask por su victoria", false},
		{"es", "saludó a los velorios por una jornada ejemplar", false},
		{"fr", "s'est limité à saluer le peuple", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, limitedAct(ctx, c.code, c.text), "%s: %s", c.code, c.text)
	}
	m, err := stance.DefaultLanguage("es")
	if err != nil {
		t.Fatal(err)
	}
	res := Reader{Classifier: m, Lang: "es", Context: ctx}.Analyze("El portavoz Pablo Norland se limitó a saludar a los velorios por una jornada ejemplar.")
	if assert.Len(t, res.Remarks, 1) {
		assert.Equal(t, "Pablo Norland", res.Remarks[0].Speaker)
		assert.Equal(t, corpus.Withholding, res.Remarks[0].Prediction.Label)
	}
}
