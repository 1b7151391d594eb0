package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestRefusedRuling: refusing the court's ruling ("acórdão") is a flat
// refusal in Portuguese as refusing the "fallo" is in Spanish; a refusal
// until a condition is met is not. Sentences written for the test.
func TestRefusedRuling(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"pt", "a Frente Velor não aceita o acórdão do Tribunal Supremo", true},
		{"es", "el partido no acepta el fallo del tribunal", true},
		// counter-cases
		{"pt", "não aceitaremos o acórdão até que os boletins sejam recontados", false},
		{"pt", "não aceita a decisão de adiar a reunião", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, refusesResultIn(c.code, c.text), "%s: %s", c.code, c.text)
	}
}
