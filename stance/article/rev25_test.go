package article

import "testing"

func TestRev25UntilKeepsOn(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"en", "Until the count ends we won't rest in defending the vote", false},
		{"en", "Until the commission publishes the results, we will not comment, but we are sure she won", false},
		{"es", "Hasta que el conteo termine no descansaremos en la defensa del voto", false},
		{"fr", "Tant que le décompte n'est pas terminé, nous ne cesserons pas de défendre le vote", false},
		{"de", "Solange die Auszählung läuft, werden wir nicht aufhören, die Stimmen zu verteidigen", false},
		{"ru", "Пока идёт подсчёт голосов, мы не перестанем защищать голоса избирателей", false},
		{"pt", "Enquanto não houver resultados oficiais, não vamos comentar, mas confiamos na vitória", false},
		// near-misses that must still withhold
		{"en", "Until the electoral court rules on the appeal, we will not recognise anyone as the winner", true},
		{"es", "Hasta que el tribunal se pronuncie, no daremos nada por cerrado", true},
		{"de", "Bis das Gericht entscheidet, akzeptieren wir das Ergebnis nicht", true},
	}
	for _, c := range cases {
		if got := lab25UntilWithheld(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

func TestRev25PronounAgrees(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "El fraude que denuncia la oposición no existe y no lo aceptaremos como excusa", false},
		{"es", "La reforma que aprobó el Congreso tras el fraude de 2010 es injusta y no la aceptaremos", false},
		{"pt", "A lei de imprensa é um golpe contra os jornalistas e não a aceitaremos", false},
		{"pt", "A farsa de que fala a oposição não existe, e não a aceitaremos como desculpa", false},
		// near-misses that must still refuse
		{"es", "Es un fraude a la voluntad popular y no lo vamos a aceptar", true},
		{"pt", "Esse resultado é uma farsa e não o aceitaremos", true},
		{"pt", "Foi uma farsa e não vamos aceitá-la", true},
		{"es", "Esta elección fue una farsa y no la reconoceremos", true},
	}
	for _, c := range cases {
		if got := lab25PronounRefusal(c.code, c.text); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
