package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestIntlConcede: conceding a defeat recognises; a German separable
// verb is negated by a negation before its particle (sentences written
// for the test).
func TestIntlConcede(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Velor"}, Rivals: []string{"Kask"}}
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"de", "räumte seine Niederlage am späten Abend ein", verdictRecognising},
		{"de", "gestand die Wahlniederlage der Partei ein", verdictRecognising},
		{"de", "hatte ihre Niederlage schon am Sonntag eingeräumt", verdictRecognising},
		{"de", "räumte die Niederlage nicht ein", verdictNotRecognising},
		{"de", "räumte die Niederlage noch nicht ein", verdictWithholding},
		{"de", "hat die Niederlage bisher nicht eingeräumt", verdictWithholding},
		{"de", "erkannte das Ergebnis der Wahl vom Sonntag nicht an", verdictNotRecognising},
		{"es", "admitió la derrota ante sus seguidores", verdictRecognising},
		{"es", "no admitió la derrota", verdictNotRecognising},
		{"fr", "a concédé sa défaite dimanche soir", verdictRecognising},
		{"pt", "admitiu a derrota na noite de domingo", verdictRecognising},
		// counter-cases: a concession of anything but a defeat is none,
		// and a negation after the particle is another clause's
		{"de", "räumte Fehler im Wahlkampf ein", verdictNone},
		{"de", "räumte ein, dass die Kampagne nicht gut lief", verdictNone},
		{"de", "erkannte das Ergebnis an und kritisierte nicht den Sieger", verdictRecognising},
		{"es", "admitió errores en la campaña", verdictNone},
		{"pt", "assumiu o cargo de ministro", verdictNone},
	}
	for _, c := range cases {
		t.Run(c.code+" "+c.text, func(t *testing.T) {
			assert.Equal(t, c.want, lexicons[c.code].actionVerdict(ctx, c.text))
		})
	}
}
