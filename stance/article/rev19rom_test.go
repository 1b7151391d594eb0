package article

import "testing"

// TestRev19romScheduled: a vote whose date was fixed or decided in
// advance is no result written in advance; the rigged readings still
// hold. Sentences written for the test.
func TestRev19romScheduled(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "el resultado estaba escrito de antemano", true},
		{"fr", "c'est un scrutin joué d'avance", true},
		{"pt", "o resultado foi decidido de antemão", true},
		{"es", "un fallo ya decidido por el tribunal", true},
		// counter-cases: a date set, not a result
		{"es", "la segunda vuelta de las elecciones, ya fijada para el 12 de mayo, será tranquila", false},
		{"fr", "le second tour du scrutin, déjà fixé au 12 mai, se tiendra normalement", false},
		{"pt", "a eleição, com data já definida há meses, decorreu com tranquilidade", false},
		{"es", "la fecha de la elección fue decidida previamente por el Congreso", false},
	}
	for _, c := range cases {
		if got := romPreDecided(c.code, c.text); got != c.want {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
}
