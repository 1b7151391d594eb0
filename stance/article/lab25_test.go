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

// TestLab25PronounRefusal: a refusal whose pronoun object stands for a
// result or a charge just named is a refusal; a pronoun for something
// else, a preposition "a", or a refusal held back by a condition is not.
func TestLab25PronounRefusal(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "Lo que vimos anoche es un fraude a la voluntad popular y no lo vamos a aceptar", true},
		{"es", "Ese resultado no refleja lo que votó la gente; nuestro partido no lo aceptará", true},
		{"es", "El conteo fue una farsa y nunca vamos a aceptarlo", true},
		{"pt", "Esse resultado é uma farsa e não o aceitaremos", true},
		{"pt", "Foi um golpe contra o povo e não vamos aceitá-lo", true},
		// near-misses
		{"es", "La reforma fiscal es injusta y no la aceptaremos", false},
		{"es", "La reforma fiscal del gobierno saliente es injusta y no la aceptaremos", false},
		{"es", "El resultado fue claro, pero la nueva ley de prensa no vamos a aceptar", false},
		{"es", "Si el tribunal confirma el resultado, no lo aceptaremos jamás", false},
		{"pt", "O orçamento é ruim e não o aceitaremos", false},
		{"es", "Quien no lo acepte, que lo diga; el resultado es claro", false},
	}
	for _, c := range cases {
		if got := lab25PronounRefusal(c.code, c.text); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
