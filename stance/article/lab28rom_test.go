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

// TestLab28romSentNone: a message or congratulation sent to nobody ("n'a
// adressé aucun message", "no ha enviado todavía ningún mensaje") withholds;
// none of something else, or a message sent, does not.
func TestLab28romSentNone(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"n'a adressé aucun message au vainqueur", true},
		{"n'a envoyé aucune félicitation au président élu", true},
		{"no ha enviado todavía ningún mensaje a la presidenta electa", true},
		{"no envió ninguna felicitación", true},
		{"não enviou nenhuma mensagem à Presidente eleita", true},
		{"ainda não mandou nenhum telegrama", true},
		// near misses
		{"n'a envoyé aucun observateur au scrutin", false},
		{"a adressé un message de félicitations au vainqueur", false},
		{"ningún mensaje de la cancillería mencionó al vencedor", false},
		{"envió a ningún lugar sus observadores, ni un solo mensaje", false},
	}
	for _, c := range cases {
		if got := lab28romSentNone(actionWords(c.text)); got != c.want {
			t.Errorf("lab28romSentNone(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
