package article

import "testing"

func TestLab30mlDoubtDenied(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "para ella no hay razón alguna para dudar del resultado", true},
		{"es", "fue una victoria limpia que nadie va a cuestionar", true},
		{"es", "Nadie puede impugnar estas cifras", true},
		{"pt", "não temos motivos para duvidar da vitória do presidente", true},
		{"pt", "ninguém pode contestar a legitimidade do novo governo", true},
		{"fr", "nous n'avons aucune raison de douter du résultat", true},
		{"fr", "personne ne pourra contester ce score", true},
		{"ru", "у миссии нет оснований сомневаться в результатах", true},
		{"ru", "никто не сможет оспорить итоги голосования", true},
		// near misses
		{"es", "hay motivos para dudar del resultado", false},
		{"es", "nadie duda de que hubo fraude en el resultado", false},
		{"pt", "ninguém pode falar em legitimidade", false},
		{"fr", "personne ne peut le savoir tant que les résultats ne sont pas publiés", false},
		{"fr", "personne ne peut contester que ce scrutin était une farce", false},
		{"ru", "никто не может оспорить его право на протест", false},
		{"es", "nadie puede dudar de su honestidad", false},
		{"de", "niemand kann das Ergebnis anzweifeln", false},
		{"pt", "Não felicitaremos ninguém enquanto houver dúvidas sobre a contagem", false},
	}
	for _, c := range cases {
		if got := lab30mlDoubtDenied(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
