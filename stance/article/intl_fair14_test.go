package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFairIn: a vote declared free and fair, per language, and the
// negations, conditions, futures and others' claims that are none.
// Sentences written for the test.
func TestFairIn(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "las elecciones habían sido libres y justas", true},
		{"es", "los comicios transcurrieron de manera limpia y transparente", true},
		{"pt", "as eleições foram livres e justas", true},
		{"pt", "o pleito decorreu de forma livre e transparente", true},
		{"fr", "le scrutin avait été libre et transparent", true},
		{"de", "die Wahl sei nach Ansicht der Beobachter frei und fair gewesen", true},
		{"de", "dass die Wahl frei und fair war", true},
		{"ru", "выборы прошли свободно и честно", true},
		{"ru", "выборы были свободными и честными", true},
		// counter-cases
		{"es", "las elecciones no fueron libres ni justas", false},
		{"es", "cuando las elecciones sean libres y justas", false},
		{"es", "la oposición dice que las elecciones fueron limpias", false},
		{"es", "el acuerdo comercial fue justo para ambos", false},
		{"pt", "as eleições não foram livres", false},
		{"fr", "le scrutin n'a été ni libre ni transparent", false},
		{"fr", "le prochain scrutin devra être libre", false},
		{"de", "die Wahl sei weder frei noch fair gewesen", false},
		{"de", "die Wahl war nicht fair", false},
		{"ru", "выборы не были ни свободными, ни честными", false},
		{"ru", "выборы должны быть честными", false},
		{"en", "the vote was free and fair", false}, // English: claim.go
	}
	for _, c := range cases {
		t.Run(c.code+" "+c.text, func(t *testing.T) {
			assert.Equal(t, c.want, fairIn(c.code, c.text))
		})
	}
}
