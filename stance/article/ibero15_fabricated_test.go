package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIbero15Fabricated: a result said to be fabricated condemns the vote
// when a word of the election stands near; a fabricated product does not.
// Texts written for the test.
func TestIbero15Fabricated(t *testing.T) {
	for _, c := range []struct {
		code, text string
		want       bool
	}{
		{"es", "el organismo electoral cambió votos en varias provincias para fabricar la diferencia", true},
		{"es", "no aceptará un resultado fabricado en los despachos del poder", true},
		{"pt", "os votos foram fabricados na sede da comissão", true},
		// counter-cases: no word of the election near
		{"es", "el gobierno prometió fabricar más vacunas", false},
		{"pt", "os produtos fabricados na China chegaram ontem", false},
	} {
		assert.Equal(t, c.want, condemnsIn(c.code, c.text), c.text)
	}
}
