package article

import "testing"

// TestExtractLangKeptSilence: a leader who keeps silent ("mantém
// silêncio", "sigue en silencio", "garde le silence", "schweigt",
// "хранит молчание") acts, and the act withholds; a negated keeping and
// a verb of staying with no silence are no such act. Sentences written
// for the test.
func TestExtractLangKeptSilence(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt mantém silêncio", "pt", "O presidente Rui Mota mantém silêncio sobre o resultado.",
			[]langRemark{{Action, "Rui Mota", "mantém silêncio sobre o resultado"}}},
		{"pt continuava calado", "pt", "Mota, no entanto, continuava calado na manhã de terça-feira.",
			[]langRemark{{Action, "Mota", "continuava calado na manhã de terça-feira"}}},
		{"es sigue en silencio", "es", "El presidente Luis Parra sigue en silencio más de doce horas después.",
			[]langRemark{{Action, "Luis Parra", "sigue en silencio más de doce horas después"}}},
		{"fr garde le silence", "fr", "Le président Paul Kodjo garde le silence depuis dimanche.",
			[]langRemark{{Action, "Paul Kodjo", "garde le silence depuis dimanche"}}},
		{"de schweigt", "de", "Kanzler Jan Olk schweigt bislang zum Ergebnis.",
			[]langRemark{{Action, "Jan Olk", "schweigt bislang zum Ergebnis"}}},
		{"ru хранит молчание", "ru", "Президент Игорь Волин хранит молчание.",
			[]langRemark{{Action, "Игорь Волин", "хранит молчание"}}},
		// counter-case: staying at work is no silence
		{"pt continua trabalhando", "pt", "O presidente Rui Mota continua trabalhando pela transição.", nil},
	})
}

// TestKeptSilentVerdict: the verb rule withholds on a kept silence, not
// on a negated one.
func TestKeptSilentVerdict(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"pt", "mantém silêncio sobre o resultado", true},
		{"es", "sigue en silencio", true},
		{"ru", "хранит молчание", true},
		{"es", "no guardó silencio", false},
		{"pt", "continua trabalhando", false},
	}
	for _, c := range cases {
		if got := lexicons[c.code].keptSilent(actionWords(c.text)); got != c.want {
			t.Errorf("%s %q: keptSilent = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
