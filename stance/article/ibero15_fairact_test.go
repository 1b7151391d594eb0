package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestIbero15FairActIn: an act defending or stressing the vote's fairness,
// and the objects, negations and demands that are none. Texts written for
// the test.
func TestIbero15FairActIn(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "defendió la limpieza de la votación", true},
		{"es", "destacó la transparencia del proceso electoral", true},
		{"pt", "defendeu a lisura do pleito", true},
		{"pt", "sublinhou a transparência das eleições de domingo", true},
		// counter-cases
		{"es", "destacó la limpieza de las calles", false},
		{"es", "defendió la transparencia no de la votación", false},
		{"es", "exigió la transparencia de la votación", false}, // a demand, no verb of defending
		{"es", "defendió su legitimidad como presidente", false},
		{"fr", "a défendu la transparence du scrutin", false}, // Spanish and Portuguese only
	}
	for _, c := range cases {
		t.Run(c.code+" "+c.text, func(t *testing.T) {
			assert.Equal(t, c.want, fairActIn(c.code, c.text))
		})
	}
}

// TestIbero15ButSubject: a clause after "mas"/"pero" has its own subject,
// and a rival in apposition may be described by their camp. Sentences
// written for the test, with counter-cases.
func TestIbero15ButSubject(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt X venceu …, mas o adversário, o independente Y, recusa-se", "pt", "Ana Velor venceu a segunda volta com 61,9% dos votos, mas o adversário, o independente Ivo Kask, recusa-se a aceitar os números.",
			[]langRemark{{Action, "Ivo Kask", "recusa-se a aceitar os números"}}},
		{"es el rival, el opositor Y, rechazó", "es", "El rival, el opositor Ivo Kask, rechazó los resultados del domingo.",
			[]langRemark{{Action, "Ivo Kask", "rechazó los resultados del domingo"}}},
		// counter-cases: a second verb of the same subject after "mas"
		{"pt X elogiou …, mas disse que", "pt", "O ministro Ivo Kask elogiou a votação, mas disse que vai esperar pelos resultados finais.",
			[]langRemark{{Action, "Ivo Kask", "elogiou a votação"}, {Reported, "Ivo Kask", "vai esperar pelos resultados finais"}}},
	})
}
