package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestExtractLangConcessionAct: a verb of conceding before a defeat is an
// act of its own; before an office it is none. Sentences written for the
// test.
func TestExtractLangConcessionAct(t *testing.T) {
	runLangCases(t, []langCase{
		{"es asumió la derrota", "es", "El candidato Luis Parra asumió la derrota.",
			[]langRemark{{Action, "Luis Parra", "asumió la derrota"}}},
		{"pt assumiu a derrota", "pt", "O candidato Luis Parra assumiu a derrota.",
			[]langRemark{{Action, "Luis Parra", "assumiu a derrota"}}},
		// counter-case: taking office is no concession
		{"es asumió el cargo", "es", "El ministro Luis Parra asumió el cargo el lunes.", nil},
	})
}

// TestIntlGivingUp: the idiom of giving up concedes in the verb rule.
func TestIntlGivingUp(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Velor"}, Rivals: []string{"Kask"}}
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"es", "dio por perdida la contienda y viajó a su ciudad", verdictRecognising},
		{"pt", "deu-se por vencido na noite de domingo", verdictRecognising},
		// counter-case: giving something else for something
		{"es", "dio por terminada la reunión", verdictNone},
	}
	for _, c := range cases {
		t.Run(c.code+" "+c.text, func(t *testing.T) {
			assert.Equal(t, c.want, lexicons[c.code].actionVerdict(ctx, c.text))
		})
	}
}
