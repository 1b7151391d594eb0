package article

import "testing"

// TestLab25UntilWithheld: a fronted condition of waiting on a step of the
// count whose main clause denies a judgement withholds; a condition on
// something else, a condition put last, a denied doubt or a fraud charge
// does not.
func TestLab25UntilWithheld(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"en", "Until the court rules, I don't consider the matter closed", true},
		{"en", "Till the commission certifies the tally, we will not recognise anyone as president", true},
		{"en", "She said that until the official results were published she would never call anyone the winner", true},
		{"es", "Hasta que el tribunal se pronuncie, no daremos por cerrado este proceso", true},
		{"pt", "Até que o tribunal conclua a recontagem, não consideramos o resultado definitivo", true},
		{"fr", "Tant que le Conseil constitutionnel n'a pas proclamé les résultats, nous ne reconnaîtrons personne", true},
		{"fr", "Jusqu'à ce que la cour statue, je ne considère pas l'affaire close", true},
		{"de", "Bis das Gericht entscheidet, erkennen wir das Ergebnis nicht an", true},
		{"ru", "Пока суд не вынесет решение, мы не считаем вопрос закрытым", true},
		// near-misses
		{"en", "Until the rain stops, we will not hold our rally in the square", false},
		{"en", "Until the court rules otherwise, we do not doubt her victory", false},
		{"en", "Until the court rules, the result stands and we respect it", false},
		{"en", "We went to court and until then nobody listened, but the count is not our concern", false},
		{"es", "Hasta que el tribunal se pronuncie, no vamos a aceptar este fraude", false},
		{"de", "Bis morgen früh bleiben wir nicht hier", false},
		{"ru", "Пока мы ждём, они не работают", false},
	}
	for _, c := range cases {
		if got := lab25UntilWithheld(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestLab25UntilRun: a commentator's fronted condition counts only with
// a first-person main clause.
func TestLab25UntilRun(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"until the court rules i don't consider the matter closed", true},
		{"until the court rules the parties will not accept anything", false},
	}
	for _, c := range cases {
		w := actionWords(c.text)
		if got := lab25UntilWithheld("en", w) && lab25HasFirstPerson(w); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}
