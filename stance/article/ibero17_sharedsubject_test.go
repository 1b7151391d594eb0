package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestIbero17SharedSubject: verbs listed with commas after one subject
// each keep their act; an act inside another person's apposition is still
// dropped. Sentences written for the test.
func TestIbero17SharedSubject(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt verbs listed with commas", "pt", "Ivo Kask reconheceu a derrota sem esconder as queixas acumuladas, pediu ao vencedor que governe para todos e elogiou a participação dos eleitores.",
			[]langRemark{{Action, "Ivo Kask", "reconheceu a derrota sem esconder as queixas acumuladas"}, {Action, "Ivo Kask", "pediu ao vencedor que governe para todos e elogiou a participação dos eleitores"}}},
		{"es verbs listed with commas", "es", "Lena Dal admitió la derrota poco después del cierre, deseó suerte al ganador y pidió calma a sus seguidores.",
			[]langRemark{{Action, "Lena Dal", "admitió la derrota poco después del cierre"}, {Action, "Lena Dal", "deseó suerte al ganador y pidió calma a sus seguidores"}}},
		// counter-case: another person's act inside the subject's apposition stays out
		{"es act inside another's apposition", "es", "El secretario general de la OEA, Luis Mora, a quien Ivo Kask había pedido intervenir, también felicitó al ganador.",
			[]langRemark{{Action, "Luis Mora", "también felicitó al ganador"}}},
	})
}

// TestIbero17AvoidedSpeech: "evitó hablar de fraude" and "evitou falar em
// fraude" withhold; "evitó felicitar" is left to the verb rule.
func TestIbero17AvoidedSpeech(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask"}}
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"es", "evitó hablar de fraude", verdictWithholding},
		{"pt", "evitou falar em fraude", verdictWithholding},
		// counter-case: speaking of fraud, not avoided, is no withholding
		{"es", "habló de fraude en Velor", verdictNone},
	}
	for _, c := range cases {
		if got := lexicons[c.code].actionVerdict(ctx, c.text); got != c.want {
			t.Errorf("%s: verdict %v, want %v", c.text, got, c.want)
		}
	}
}
