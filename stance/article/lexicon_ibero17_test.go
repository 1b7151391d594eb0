package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestIbero17Never: "nunca"/"jamás"/"jamais" between a subject and its
// verb, as "no" stands; "chegar a qualificar" as "llegar a calificar".
// Sentences written for the test.
func TestIbero17Never(t *testing.T) {
	runLangCases(t, []langCase{
		{"es nunca reconoció", "es", "Ivo Kask nunca reconoció la victoria de Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "nunca reconoció la victoria de Lena Dal"}}},
		{"pt jamais reconheceu", "pt", "Ivo Kask jamais reconheceu a vitória de Lena Dal.",
			[]langRemark{{Action, "Ivo Kask", "jamais reconheceu a vitória de Lena Dal"}}},
		{"pt nunca chegou a qualificar", "pt", "A observadora Lena Dal nunca chegou a qualificar a votação de livre e justa.",
			[]langRemark{{Action, "Lena Dal", "nunca chegou a qualificar a votação de livre e justa"}}},
		// counter-case: "nunca" after a preposition's object opens no subject
		{"es nunca after an object", "es", "La votación en Velor nunca fue tan tranquila.",
			nil},
	})
}

// TestIbero17Specialist: "especialista" is a commentator's title, before
// the name within three words; an office is not. Sentences written for
// the test.
func TestIbero17Specialist(t *testing.T) {
	cases := []struct {
		code, text, name string
		want             bool
	}{
		{"pt", "Sobre as causas, a politóloga e especialista em sondagens Lena Dal lembra que os estudos falharam.", "Lena Dal", true},
		{"es", "El especialista electoral Ivo Kask recordó que el plazo vence el lunes.", "Ivo Kask", true},
		// counter-case: a deputy is no commentator
		{"es", "El diputado Ivo Kask recordó que el plazo vence el lunes.", "Ivo Kask", false},
	}
	for _, c := range cases {
		if got := lexicons[c.code].isCommentator(c.text, "", []string{c.name}); got != c.want {
			t.Errorf("%s: isCommentator = %v, want %v", c.text, got, c.want)
		}
	}
}

// TestIbero17NeverVerdict: "jamás"/"jamais" before a verb of recognition
// negate it as "nunca" does; a recognition with no negation stays one.
// Sentences written for the test.
func TestIbero17NeverVerdict(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Tomas Rein"}}
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"es", "jamás aceptó la victoria de Tomas Rein", verdictNotRecognising},
		{"pt", "jamais reconheceu a vitória de Tomas Rein", verdictNotRecognising},
		{"pt", "nunca aceitou a vitória de Tomas Rein", verdictNotRecognising},
		// counter-case: no negation
		{"pt", "aceitou a vitória de Tomas Rein", verdictRecognising},
	}
	for _, c := range cases {
		if got := lexicons[c.code].actionVerdict(ctx, c.text); got != c.want {
			t.Errorf("%s: verdict %v, want %v", c.text, got, c.want)
		}
	}
}
