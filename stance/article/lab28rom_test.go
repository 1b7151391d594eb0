package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestLab28romTone: a guarded tone told by comparison that ends the words
// of a Spanish, Portuguese or French act withholds; the comparison inside
// the clause, a fronted adjective, "menos"/"moins" and a sharp tone do not.
func TestLab28romTone(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"fue mucho más prudente", true},
		{"de Calia, fue todavía más reticente", true},
		{"había optado el martes por un tono más cauto", true},
		{"mostrou-se bem mais reservado", true},
		{"foi ainda mais cautelosa", true},
		{"s'est montré nettement plus réservé", true},
		{"a été plus mesurée", true},
		{"restent plus prudents", true},
		// near misses
		{"fue menos prudente", false},
		{"fue más prudente que su jefe en los mítines", false},
		{"Más cauto, felicitó a Ruiz por su victoria", false},
		{"fue más lejos", false},
		{"a été plus dur", false},
		{"pidió una política más prudente", false},
		{"más prudente", false},
	}
	for _, c := range cases {
		if got := lab28romToneWithheld(actionWords(c.text)); got != c.want {
			t.Errorf("lab28romToneWithheld(%q) = %v, want %v", c.text, got, c.want)
		}
	}
	ctx := stance.Context{Winner: []string{"Marta Ruiz", "Ruiz"}, Rivals: []string{"Pablo Llano", "Llano"}}
	if v := actionStance(ctx, "foi mais reticente"); v != verdictWithholding {
		t.Errorf("actionStance(%q) = %v, want withholding", "foi mais reticente", v)
	}
}
