package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIbero15GivenWinner: "dar por ganador" / "dar como vencedor" is an
// act of recognition; "dio por terminada la reunión" is none. Sentences
// written for the test.
func TestIbero15GivenWinner(t *testing.T) {
	runLangCases(t, []langCase{
		{"es dio por ganadora a X", "es", "El presidente Luis Peral dio por ganadora a Ana Velor en cuanto concluyó el cómputo.",
			[]langRemark{{Action, "Luis Peral", "dio por ganadora a Ana Velor en cuanto concluyó el cómputo"}}},
		{"pt deu como vencedora X", "pt", "O Presidente Luís Peral deu como vencedora Ana Velor logo após a contagem.",
			[]langRemark{{Action, "Luís Peral", "deu como vencedora Ana Velor logo após a contagem"}}},
		// counter-case: another thing given as done
		{"es dio por terminada la reunión", "es", "El presidente Luis Peral dio por terminada la reunión.", nil},
		{"es dio por buena la explicación", "es", "El presidente Luis Peral dio por buena la explicación de su ministro sobre el retraso del recuento.", nil},
	})
	for _, c := range []struct {
		code, text string
		want       int
	}{
		{"es", "dio por buena la victoria de Velor", 0},
		{"es", "no dio por buena la victoria", 1},
		{"pt", "deu por boa a contagem", 0},
		{"es", "dio por terminada la reunión", -1},
		{"es", "dio las gracias por el apoyo", -1},
		{"es", "dio por bueno el resultado", 0},
		{"pt", "deu por válida a eleição de Velor", 0},
		// a word of validity of another object
		{"es", "dio por buena la explicación de su ministro sobre el retraso del recuento", -1},
		{"pt", "deu por boa a proposta do sindicato", -1},
	} {
		assert.Equal(t, c.want, lexicons[c.code].givenAsWinner(actionWords(c.text)), c.text)
	}
}
