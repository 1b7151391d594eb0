package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

func TestLab30mlFlawsRecognised(t *testing.T) {
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"es", "la misión reconoció la existencia de quejas en varias mesas", verdictNone},
		{"pt", "o embaixador reconheceu falhas graves na contagem", verdictNone},
		{"fr", "l'observateur a reconnu des dysfonctionnements dans le décompte", verdictNone},
		{"ru", "наблюдатель признал наличие нарушений на участках", verdictNone},
		// near misses: the result or the ruling recognised
		{"es", "la misión reconoció el resultado de la votación", verdictRecognising},
		{"es", "el candidato reconoció el fallo del tribunal", verdictRecognising},
		{"pt", "o embaixador reconheceu a vitória do presidente", verdictRecognising},
	}
	ctx := stance.Context{}
	for _, c := range cases {
		if got := lexicons[c.code].actionVerdict(ctx, c.text); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
