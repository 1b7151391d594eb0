package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestRev21condDeferred: a recognition repeated after one given, and a
// Russian imperfective present, are not put off; a promise of a first
// recognition still is.
func TestRev21condDeferred(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "que ya felicitó a la ganadora el domingo, dijo que va a felicitarla de nuevo cuando tome posesión", false},
		{"pt", "que já felicitou a vencedora, disse que vai felicitá-la novamente quando ela tomar posse", false},
		{"fr", "qui a déjà félicité la gagnante, a dit qu'il va la féliciter à nouveau lorsqu'elle sera investie", false},
		{"de", "der der siegerin bereits am sonntag gratulierte, sagte, er werde ihr erneut gratulieren, wenn sie vereidigt ist", false},
		{"ru", "который уже поздравил победительницу, сказал, что поздравит её ещё раз после инаугурации", false},
		{"en", "who already congratulated the winner, said he would congratulate her again once she is sworn in", false},
		{"ru", "мы поздравляем победительницу, министр посетит страну, как только правительство принесёт присягу", false},
		{"ru", "министр традиционно приветствует победителей после объявления официальных итогов", false},
		// near misses that still defer
		{"es", "va a felicitarla personalmente cuando tome posesión", true},
		{"de", "er werde der siegerin persönlich gratulieren, sobald sie vereidigt ist", true},
		{"en", "i will personally congratulate the winner once the court has ruled", true},
		{"ru", "правительство признает победителя, как только суд подтвердит результаты", true},
		{"ru", "поздравим победительницу, когда цик объявит итоги", true},
		{"es", "ya dijimos que felicitaremos a la ganadora cuando el tribunal proclame los resultados", true},
	}
	for _, c := range cases {
		if got := cond22Deferred(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("cond22Deferred(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestRev21condDemanded: a demand on the losing side named by a word for
// it asks the loser to yield and keeps the recognition word; a demand on
// an authority still drops it.
func TestRev21condDemanded(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Lima"}, Rivals: []string{"Voss"}}
	cases := []demandCase{
		{"es", "exigió que la oposición acepte los resultados y felicite a la ganadora", false},
		{"es", "pidió a los candidatos derrotados que acepten el veredicto de las urnas", false},
		{"pt", "exigiu que a oposição aceite os resultados", false},
		{"fr", "a réclamé que l'opposition reconnaisse les résultats officiels", false},
		{"fr", "a demandé que les candidats battus acceptent le verdict des urnes", false},
		{"de", "forderte die opposition auf, das ergebnis anzuerkennen", false},
		{"ru", "призвал оппозицию признать официальные итоги", false},
		{"ru", "призвал проигравших кандидатов признать итоги", false},
		// demands on an authority: the recognition is the other's
		{"es", "exigió que la junta electoral acepte revisar las actas", true},
		{"fr", "a exigé que la commission accepte de recompter les bulletins", true},
		{"ru", "потребовал, чтобы цик признал нарушения", true},
	}
	checkDemanded(t, ctx, cases)
}

// TestRev21condSecondClause: a condition of a second future clause is not
// the recognition's.
func TestRev21condSecondClause(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"en", "his government would recognise the winner as president and would attend her inauguration after the court ruling", false},
		{"es", "reconocerá a la ganadora y va a asistir a la ceremonia cuando preste juramento", false},
		{"de", "man werde der siegerin gratulieren und werde die zeremonie besuchen, sobald sie vereidigt ist", false},
		// near misses that still defer: one clause, or a coordinator without an auxiliary
		{"en", "his government would recognise the winner after the court ruling", true},
		{"en", "we will recognise and congratulate the winner once the court has ruled", true},
	}
	for _, c := range cases {
		if got := cond22Deferred(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("cond22Deferred(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
