package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestRev28romGuardedWithheld: the guarded tone and the message held back
// withhold when they are the whole act; a congratulation in the same act,
// a message held back by a named candidate or one not sent to a rival
// leave the act to the other rules.
func TestRev28romGuardedWithheld(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Marta Ruiz", "Ruiz"}, Rivals: []string{"Pablo Llano", "Llano"}}
	cases := []struct {
		text string
		want bool
	}{
		{"se mostró algo más cauteloso", true},
		{"foi bastante mais reservada", true},
		{"no ha mandado aún ningún telegrama a Ruiz", true},
		{"ainda não endereçou nenhuma mensagem à vencedora", true},
		{"n'a toujours adressé aucune lettre de félicitations à Mme Ruiz", true},
		{"no remitió ninguna felicitación a la presidenta electa", true},
		{"no la felicitó y fue más prudente", true},
		// near misses
		{"felicitó a Ruiz, aunque no envió ningún mensaje a Llano", false},
		{"no envió ningún mensaje de apoyo a los manifestantes de Llano y felicitó a Ruiz", false},
		{"a félicité Mme Ruiz, mais sur la dette, il s'est montré plus prudent", false},
		{"cumprimentou Ruiz, mas não enviou nenhuma mensagem ao candidato derrotado", false},
		{"Llano no haya enviado ningún mensaje a la ganadora", false},
		{"n'a envoyé aucun message à M. Llano", false},
		{"fue más prudente en materia económica", false},
	}
	for _, c := range cases {
		if got := rev28romGuardedWithheld(ctx, actionWords(c.text)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
