package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestPraisedVoteIbero: Spanish and Portuguese verbs of judging or
// labelling that call the vote free or fair recognise, as in German,
// French and Russian; a negated praise, a praise conceded before a
// reproach, or praise of something else does not. Sentences written for
// the test.
func TestPraisedVoteIbero(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "calificó la elección como transparente", true},
		{"es", "consideró los comicios libres y limpios", true},
		{"pt", "classificou as eleições como livres e justas", true},
		{"pt", "considerou as eleições transparentes, democráticas e credíveis", true},
		// counter-cases
		{"es", "no calificó la elección de limpia", false},
		{"es", "calificó la elección de libre pero denunció irregularidades", false},
		{"pt", "considerou as eleições nem livres nem justas", false},
		{"pt", "classificou a reunião como transparente", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, praisedVote(c.code, c.text), "%s: %s", c.code, c.text)
	}
}
