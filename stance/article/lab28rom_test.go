package article

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"

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

// TestLab28romTribute: an act praising the voters after the same
// speaker's congratulation of the winner in one sentence recognises; the
// tribute alone, or after another speaker's congratulation, keeps the
// model's reading.
func TestLab28romTribute(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Marta Ruiz", "Ruiz"}, Rivals: []string{"Pablo Llano", "Llano"}}
	cases := []struct {
		code, text, speaker, tribute string
		want                         bool
	}{
		{"fr", "Marta Ruiz a été élue. La ministre Anne Doucet a adressé ses félicitations à Mme Ruiz dès lundi, et rendu hommage aux électeurs pour le calme du scrutin.",
			"Anne Doucet", "rendu hommage", true},
		{"pt", "Marta Ruiz foi eleita. O chanceler Rui Sampaio cumprimentou a Presidente eleita no domingo, e saudou o povo pelo civismo da votação.",
			"Rui Sampaio", "saudou", true},
		// near misses: the tribute alone; another speaker's congratulation
		{"fr", "Marta Ruiz a été élue. La ministre Anne Doucet a rendu hommage aux électeurs pour le calme du scrutin.",
			"Anne Doucet", "rendu hommage", false},
		{"fr", "Marta Ruiz a été élue. Le ministre Paul Morvan a félicité Mme Ruiz. La ministre Anne Doucet a rendu hommage aux électeurs pour le calme du scrutin.",
			"Anne Doucet", "rendu hommage", false},
		// rev28rom: a tribute read as hostile is not lifted
		{"fr", "Marta Ruiz a été élue. Le député Paul Mercier a adressé ses félicitations à ses militants pour leur campagne, et rendu hommage aux électeurs privés de leur victoire par un scrutin truqué.",
			"Paul Mercier", "rendu hommage", false},
	}
	for _, c := range cases {
		m, err := stance.DefaultLanguage(c.code)
		if err != nil {
			t.Fatal(err)
		}
		res := Reader{Classifier: m, Lang: c.code, Context: ctx}.Analyze(c.text)
		found := false
		for _, a := range res.Remarks {
			if a.Speaker == c.speaker && strings.Contains(a.Text, c.tribute) {
				found = true
				if got := a.ByVerb && a.Prediction.Label == corpus.Recognising; got != c.want {
					t.Errorf("%q: tribute %q recognising by rule = %v, want %v", c.text, a.Text, got, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no remark of %s with %q: %+v", c.text, c.speaker, c.tribute, res.Remarks)
		}
	}
}
