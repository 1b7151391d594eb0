package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestIbero17Without: "sigue sin felicitar" and "continuava sem
// cumprimentar" are acts; "continua sem luz" is not. Sentences written for
// the test.
func TestIbero17Without(t *testing.T) {
	runLangCases(t, []langCase{
		{"es sigue sin felicitar", "es", "El presidente Rui Lobo sigue sin felicitar a Ivo Kask.",
			[]langRemark{{Action, "Rui Lobo", "sigue sin felicitar a Ivo Kask"}}},
		{"pt continuava sem cumprimentar", "pt", "Três dias depois, o presidente Rui Lobo continuava sem cumprimentar o vencedor.",
			[]langRemark{{Action, "Rui Lobo", "continuava sem cumprimentar o vencedor"}}},
		// counter-case: no infinitive of recognition after "sem"
		{"pt continua sem luz", "pt", "O bairro de Rui Lobo continua sem luz desde a eleição.",
			nil},
	})
}

// TestIbero17WithoutVerdict: "sin"/"sem" before a word of recognition
// makes an act withholding; "sin demora" is promptly.
func TestIbero17WithoutVerdict(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask"}}
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"es", "elogió la jornada sin felicitar a Ivo Kask", verdictWithholding},
		{"pt", "continuava sem cumprimentar o vencedor", verdictWithholding},
		// counter-case: "without delay" is promptly
		{"es", "sin demora felicitó a Ivo Kask", verdictRecognising},
	}
	for _, c := range cases {
		if got := lexicons[c.code].actionVerdict(ctx, c.text); got != c.want {
			t.Errorf("%s: verdict %v, want %v", c.text, got, c.want)
		}
	}
}
