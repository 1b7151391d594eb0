package article

import "testing"

// TestIbero14DeniesLegitimacy: a legitimacy noun after a word of
// privation condemns; a negated privation, a restricting word after the
// privation, or legitimacy affirmed does not. Sentences written for the
// test.
func TestIbero14DeniesLegitimacy(t *testing.T) {
	for _, c := range []struct {
		code, text string
		want       bool
	}{
		{"pt", "Velor arrancou a vitória pela força e perdeu com isso qualquer legitimidade", true},
		{"es", "el nuevo gobierno carece de legitimidad", true},
		{"es", "es una elección sin legitimidad", true},
		{"pt", "um Governo sem legitimidade democrática", true},
		// counter-cases
		{"es", "el nuevo gobierno no carece de legitimidad", false},
		{"es", "sin duda, la legitimidad del proceso es clara", false},
		{"pt", "a eleição reforçou a legitimidade do Presidente", false},
		// counter-cases: legitimacy lost in sport (found probing)
		{"es", "el árbitro perdió toda legitimidad en el partido", false},
		{"pt", "o treinador da equipa perdeu qualquer legitimidade junto dos adeptos", false},
		{"es", "la oposición dice que el gobierno carece de legitimidad", false},
	} {
		if got := deniesLegitimacy(c.code, c.text); got != c.want {
			t.Errorf("deniesLegitimacy(%q, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
