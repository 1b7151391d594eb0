package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestIbero14ReportedOwnVote: a voter described by an occupation who
// tells, in reported speech, only what they did at the vote is off the
// result in Spanish and Portuguese; a word of the result keeps them on
// it, and a direct remark is read as before. Sentences written for the
// test.
func TestIbero14ReportedOwnVote(t *testing.T) {
	for _, c := range []struct {
		lang, text, speaker string
		want                bool
	}{
		{"pt", "Em Lisboa, Lena Dal, auxiliar de cozinha a viver em Velor, contou que esperou quase três horas à porta da secção de voto.", "Lena Dal", false},
		{"es", "En Madrid, Lena Dal, auxiliar de cocina en Velor, contó que esperó tres horas ante la mesa de votación del consulado.", "Lena Dal", false},
		// counter-cases: a word of the result; a direct remark
		{"pt", "Em Lisboa, Lena Dal, auxiliar de cozinha a viver em Velor, contou que votou e que a vitória foi roubada.", "Lena Dal", true},
		{"es", "«Esperé tres horas para votar y ahora nos roban la elección», dijo Lena Dal, auxiliar de cocina en Velor.", "Lena Dal", true},
	} {
		res := Reader{Lang: c.lang}.Analyze(c.text)
		require.NotEmpty(t, res.Remarks, c.text)
		assert.Equal(t, c.speaker, res.Remarks[0].Speaker, c.text)
		assert.Equal(t, c.want, res.Remarks[0].AboutResult, c.text)
	}
}
