package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestRivalElectIn: a rival named the elected president or the winner is
// recognised instead of the declared winner; the declared winner so
// named, a negation between, or the winner named too is not read so
// (sentences written for the test).
func TestRivalElectIn(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "Velor ya tiene presidente electo y se llama Lena Dal", true},
		{"es", "Velor tiene una presidenta electa y es Lena Dal", true},
		{"pt", "o verdadeiro vencedor é Lena Dal", true},
		// counter-cases
		{"es", "Velor tiene un presidente electo y es Ivo Kask", false},
		{"es", "el ganador no es Lena Dal", false},
		{"es", "Kask es el presidente electo y Lena Dal lo reconoce", false},
		{"pt", "a eleita é a candidata do governo", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, rivalElectIn(ctx, c.code, c.text), "%s: %s", c.code, c.text)
	}
}

// TestRivalElectRun: a quotation naming the rival the elected president,
// attributed by "proclamó" after an office that refers back to the
// speaker by a synonym ("la dirigente" after "la líder opositora"), is
// hostile by rule.
func TestRivalElectRun(t *testing.T) {
	m, err := stance.DefaultLanguage("es")
	if err != nil {
		t.Fatal(err)
	}
	r := Reader{Classifier: m, Lang: "es", Context: stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Pablo Norland", "Norland"}}}
	res := r.Analyze("La líder opositora Lena Dal compareció en Velor. «Velor ya tiene presidente electo y se llama Pablo Norland», proclamó la dirigente.")
	// the first sentence's inferred remark ("compareció en Velor") aside
	if assert.Len(t, res.Remarks, 2) && assert.True(t, res.Remarks[0].Inferred) {
		q := res.Remarks[1]
		assert.Equal(t, "Lena Dal", q.Speaker)
		assert.True(t, q.ByVerb)
		assert.Equal(t, corpus.Hostile, q.Prediction.Label)
	}
}
