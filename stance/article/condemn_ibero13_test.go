package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestCondemnsManipulated: a count or a vote said to be manipulated
// condemns the result in Spanish and Portuguese, as "amañado" and
// "fraudado" do; denied or hedged, it does not. Sentences written for the
// test.
func TestCondemnsManipulated(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "acusó al oficialismo de haber manipulado el escrutinio", true},
		{"pt", "acusou a comissão de ter manipulado a contagem dos votos", true},
		// counter-cases: denied, or hedged
		{"es", "el escrutinio no fue manipulado", false},
		{"pt", "negou que a contagem tenha sido manipulada", false},
		// review probes: manipulated or adulterated, but not the vote
		{"es", "los precios del combustible fueron manipulados por especuladores", false},
		{"pt", "os dados da inflação foram adulterados pelo instituto", false},
		{"pt", "as atas foram adulteradas nas mesas do interior", true},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, condemnsIn(c.code, c.text), "%s: %s", c.code, c.text)
	}
}
