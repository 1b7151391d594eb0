package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIbero15DirectOwnVote: a voter described by an occupation (a nurse, a
// fisherman) who tells in the first person, as Spanish and Portuguese do
// with the subject dropped, only that they voted is off the result; a
// word of the result keeps them on it. Sentences written for the test.
func TestIbero15DirectOwnVote(t *testing.T) {
	for _, c := range []struct {
		lang, text, speaker string
		want                bool
	}{
		{"pt", "Na praia de Velor, o pescador Ivo Kask resumia o dia: \"Votei cedo e fui para o mar. O peixe não espera por ninguém.\"", "Ivo Kask", false},
		{"es", "En Velor, la enfermera Lena Dal lo resumió así: «Voté temprano y me fui al hospital, que el turno no espera».", "Lena Dal", false},
		// counter-cases: a word of the result; an occupation no list holds
		{"pt", "Na praia de Velor, o pescador Ivo Kask resumia o dia: \"Votei cedo, mas esta vitória foi roubada ao povo.\"", "Ivo Kask", true},
		{"es", "En Velor, la astronauta Lena Dal lo resumió así: «Voté temprano y me fui al hospital, que el turno no espera».", "Lena Dal", true},
	} {
		res := Reader{Lang: c.lang}.Analyze(c.text)
		require.NotEmpty(t, res.Remarks, c.text)
		assert.Equal(t, c.speaker, res.Remarks[0].Speaker, c.text)
		assert.Equal(t, c.want, res.Remarks[0].AboutResult, c.text)
	}
}
