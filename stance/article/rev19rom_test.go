package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

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

// TestRev19romShamPlace: a theatre or circus that is a place or a theatre
// of operations condemns no vote even with one near; the vote turned into
// a show still does. Sentences written for the test.
func TestRev19romShamPlace(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "el Gobierno convirtió las elecciones en un circo", true},
		{"pt", "o governo transformou o pleito num circo", true},
		{"fr", "le pouvoir a transformé le scrutin en cirque", true},
		{"es", "estas elecciones fueron un teatro", true},
		// counter-cases: places and a theatre of operations
		{"es", "votó en el colegio electoral instalado en el Teatro Municipal", false},
		{"es", "tras las elecciones volverá al teatro de operaciones en el norte", false},
		{"pt", "votou de manhã e à noite foi ao circo com os filhos", false},
		{"fr", "après le vote, il est allé au cirque avec ses enfants", false},
	}
	for _, c := range cases {
		if got := condemnsIn(c.code, c.text); got != c.want {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRev19romSpecialist: "spécialiste" describes an office holder's
// field as often as a commentator ("le député X, spécialiste des questions
// fiscales"), so it makes no commentator; pollsters still are. Sentences
// written for the test.
func TestRev19romSpecialist(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}}
	tests := []struct {
		text, speaker string
		off           bool
	}{
		{"« Les jeunes ont voté en masse », explique le sondeur Paul Vidal.", "Paul Vidal", true},
		{"« Les reports de voix ont joué », observe la sondeuse Léa Dal.", "Léa Dal", true},
		// counter-cases: office holders with a field of expertise
		{"Le député Paul Vidal, spécialiste des questions fiscales, a refusé de reconnaître la victoire de Lima.", "Paul Vidal", false},
		{"La sénatrice Léa Dal, spécialiste de la défense, a félicité Lima pour sa victoire.", "Léa Dal", false},
	}
	for _, tc := range tests {
		lx := lexicons["fr"]
		rs := ExtractLang(tc.text, "fr")
		off := lx.commentatorSpeakers(tc.text, rs)[tc.speaker] || lx.offTopicSpeakers(ctx, tc.text, rs)[tc.speaker]
		if off != tc.off {
			t.Errorf("%s: %s off the result %v, want %v (remarks %+v)", tc.text, tc.speaker, off, tc.off, rs)
		}
	}
}

// TestRev19romMedidaQue: "a medida que" ("as") after a participle is no
// tailor-made result; "hecho a la medida" still is. Sentences written
// for the test.
func TestRev19romMedidaQue(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "es un fallo hecho a la medida del oficialismo", true},
		{"pt", "um acórdão feito à medida do governo", true},
		{"es", "una sentencia cortada a medida para el presidente", true},
		// counter-cases: "as the records came in"
		{"es", "los resultados de la elección, decididos a medida que llegaban las actas, dan la victoria a la oficialista", false},
		{"pt", "os resultados da eleição, definidos à medida que as urnas eram apuradas, dão a vitória ao governo", false},
		{"pt", "a eleição foi decidida à medida que chegavam os votos do interior", false},
	}
	for _, c := range cases {
		if got := romPreDecided(c.code, c.text); got != c.want {
			t.Errorf("%s: %v, want %v", c.text, got, c.want)
		}
	}
}
