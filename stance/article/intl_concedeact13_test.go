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
		{"es dio por perdida", "es", "El candidato Luis Parra dio por perdida la elección.",
			[]langRemark{{Action, "Luis Parra", "dio por perdida la elección"}}},
		{"pt deu-se por vencido", "pt", "O candidato Luis Parra deu-se por vencido.",
			[]langRemark{{Action, "Luis Parra", "deu-se por vencido"}}},
		// counter-cases: taking office, or ending a meeting, is no concession
		{"es asumió el cargo", "es", "El ministro Luis Parra asumió el cargo el lunes.", nil},
		{"es dio por terminada", "es", "El ministro Luis Parra dio por terminada la reunión.", nil},
		// review probes: something other than a contest given up
		{"es dio por perdida la cosecha", "es", "El ministro Tomas Berg dio por perdida la cosecha de trigo.", nil},
		{"pt deu por perdido o ano", "pt", "O ministro Tomas Berg deu por perdido o ano letivo.", nil},
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
		{"es", "dio por perdida la cosecha de trigo", verdictNone},
		// review probes: a refusal before the infinitive of conceding
		{"pt", "recusou-se a admitir a derrota", verdictHostile},
		{"es", "se negó a asumir la derrota", verdictHostile},
		{"es", "decidió asumir la derrota", verdictRecognising},
	}
	for _, c := range cases {
		t.Run(c.code+" "+c.text, func(t *testing.T) {
			assert.Equal(t, c.want, lexicons[c.code].actionVerdict(ctx, c.text))
		})
	}
}
