package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
)

// TestFinalIn: a result noun, a form of "to be" and a word of finality
// declare the result final; a negation, a condition or a delay near them
// does not (sentences written for the test).
func TestFinalIn(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "Los resultados son oficiales y definitivos", true},
		{"es", "el triunfo de Ivo Kask es irreversible", true},
		{"pt", "os resultados são «definitivos» e as reclamações seguem os trâmites", true},
		{"pt", "a vitória de Kask é incontestável", true},
		// counter-cases
		{"es", "los resultados no son definitivos", false},
		{"es", "cuando los resultados sean definitivos, felicitaremos al ganador", false},
		{"es", "los resultados aún no son oficiales ni definitivos", false},
		{"pt", "os resultados ainda não são definitivos", false},
		{"pt", "a contagem segue em curso", false},
		{"fr", "les résultats sont définitifs", false}, // not read in French
	}
	for _, c := range cases {
		assert.Equal(t, c.want, finalIn(c.code, c.text), "%s: %s", c.code, c.text)
	}
}

// TestFinalRun: a reported clause declaring the result final is
// recognising by the claim's evidence; one saying it is not final is
// left to the model.
func TestFinalRun(t *testing.T) {
	m, err := stance.DefaultLanguage("pt")
	if err != nil {
		t.Fatal(err)
	}
	r := Reader{Classifier: m, Lang: "pt", Context: stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}}
	res := r.Analyze("O porta-voz da comissão, Rui Mota, garantiu que os resultados são definitivos.")
	if assert.NotEmpty(t, res.Remarks) {
		assert.Equal(t, "Rui Mota", res.Remarks[0].Speaker)
		assert.True(t, res.Remarks[0].ByVerb)
		assert.Equal(t, corpus.Recognising, res.Remarks[0].Prediction.Label)
	}
	res = r.Analyze("O porta-voz da comissão, Rui Mota, garantiu que os resultados ainda não são definitivos.")
	if assert.NotEmpty(t, res.Remarks) {
		assert.False(t, res.Remarks[0].ByVerb)
	}
}
