package article

import (
	"strings"
	"testing"
)

// TestLab27romConfined: a remark governed by a verb of confining oneself
// ("se limitó a decir que …", "limitou-se a pedir", "s'est contenté
// d'indiquer") withholds; the remark starts where mark is in the text.
func TestLab27romConfined(t *testing.T) {
	cases := []confinedCase{
		{"es", "Desde Norlandia, el vocero Ivo Kask se limitó a decir que su Gobierno respeta la decisión de los votantes.", "su Gobierno", true},
		{"es", "La embajada, por medio de su portavoz, se ha limitado a señalar que Velor «sigue con atención» el recuento.", "sigue con", true},
		{"pt", "A delegação da União limitou-se a tomar nota dos números provisórios e a apelar à calma.", "limitou-se", true},
		{"pt", "O ministro Rui Sal se limitou a dizer que o país «acompanha o processo».", "acompanha", true},
		{"fr", "Interrogée à Genève, la ministre Eva Sand s'est contentée d'indiquer qu'elle « prenait note » du résultat.", "prenait note", true},
		{"fr", "Le porte-parole s’est borné à rappeler que la Cour doit encore statuer.", "la Cour", true},
		// near misses
		{"es", "El vocero se limitó a felicitar a los votantes, pero dijo que su Gobierno respeta la decisión.", "su Gobierno", false},
		{"es", "Ana Gil dijo que el tribunal se limitó a contar los votos de la capital.", "el tribunal", false},
		{"es", "La ley limita a los partidos a dos observadores por mesa, dijo que el tribunal decidirá.", "el tribunal", false},
		{"fr", "Le ministre s'en tenait à la décision du Conseil, qu'il juge seule habilitée.", "qu'il", false},
		{"de", "Der Sprecher beschränkte sich darauf zu sagen, dass die Regierung das Ergebnis prüft.", "die Regierung", false},
	}
	checkConfined(t, cases)
}

// TestLab27romSecondThat: a reported clause with a second complement
// keeps its lower-case quotation in its text; a clause with one complement
// still ends before it.
func TestLab27romSecondThat(t *testing.T) {
	cases := []struct {
		code, text, speaker, want string
	}{
		{"fr", "Sami Lind, élu de Sousse, a déclaré que Ivo Kask « a parlé en son nom » et que le parti attendrait la fin des recours.",
			"Sami Lind", "Ivo Kask « a parlé en son nom » et que le parti attendrait la fin des recours"},
		{"pt", "O deputado Rui Sal garantiu que o partido “não contesta o resultado”, mas quer que “se esclareçam as dúvidas” antes do fim do prazo.",
			"Rui Sal", "o partido “não contesta o resultado”, mas quer que “se esclareçam as dúvidas” antes do fim do prazo"},
		{"es", "La senadora Ana Gil dijo que su bancada «respeta a las instituciones» y que esperará el escrutinio definitivo.",
			"Ana Gil", "su bancada «respeta a las instituciones» y que esperará el escrutinio definitivo"},
	}
	for _, c := range cases {
		found := false
		for _, r := range ExtractLang(c.text, c.code) {
			if r.Kind == Reported && r.Speaker == c.speaker && r.Text == c.want {
				found = true
			}
		}
		if !found {
			t.Errorf("ExtractLang(%s, %q): no reported remark %q of %s; got %+v", c.code, c.text, c.want, c.speaker, ExtractLang(c.text, c.code))
		}
	}
	// near misses: one complement, or a quotation opening in upper case
	misses := []struct{ code, text, not string }{
		{"fr", "Sami Lind a déclaré que le parti « attendrait la fin des recours » avant de se prononcer.", "avant de se prononcer"},
		{"es", "Ana Gil dijo que «Nadie discute el resultado» y que el partido lo celebrará.", "Nadie discute"},
	}
	for _, c := range misses {
		for _, r := range ExtractLang(c.text, c.code) {
			if r.Kind == Reported && strings.Contains(r.Text, "«") && strings.Contains(r.Text, c.not) {
				t.Errorf("ExtractLang(%s, %q): reported remark %q keeps the quotation", c.code, c.text, r.Text)
			}
		}
	}
}

// TestLab27romNextLeader: the winner said to be the next leader.
func TestLab27romNextLeader(t *testing.T) {
	winners := claimForms([]string{"Ivo Kask", "Kask"}, []string{"Eva Sand", "Sand"})
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "las cifras no dejan lugar a dudas y que Kask será el próximo jefe de Estado", true},
		{"pt", "Ivo Kask vai ser o novo Presidente da República", true},
		{"fr", "Kask sera le prochain président du pays", true},
		{"es", "Kask, según el tribunal, será el nuevo mandatario", true},
		// near misses
		{"es", "si Kask será el próximo presidente, lo dirá el tribunal", false},
		{"es", "Kask no será el próximo presidente", false},
		{"es", "Sand será la próxima presidenta", false},
		{"fr", "Kask sera le prochain à parler", false},
		{"es", "Kask será recordado por su campaña", false},
	}
	for _, c := range cases {
		words := actionWords(c.text)
		if got := lab27romNextLeader(c.code, words, foldWords(words), winners); got != c.want {
			t.Errorf("lab27romNextLeader(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestLab27romHopesToWork: "esperar" before an infinitive of working with
// someone hopes; before a noun, negated or with a condition it does not.
func TestLab27romHopesToWork(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "Washington espera trabajar de cerca con la administración entrante", true},
		{"es", "su Gobierno espera con interés trabajar con el presidente electo", true},
		{"pt", "disse esperar trabalhar com o novo governo nos próximos anos", true},
		{"pt", "o Governo espera poder cooperar com a nova Presidente", true},
		// near misses
		{"es", "Washington espera los resultados definitivos de la Junta", false},
		{"es", "no espera trabajar con un gobierno surgido del fraude", false},
		{"pt", "esperamos trabalhar com quem vencer, assim que o tribunal validar os resultados", false},
		{"es", "esperamos trabajar con quien gane, sea cual sea el resultado", false},
		{"fr", "Paris espère travailler avec le nouveau président", false},
	}
	for _, c := range cases {
		if got := lab27romHopesToWork(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("lab27romHopesToWork(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// confinedCase is a sentence, the text where its remark starts (mark) and
// whether lab27romConfined should read the remark as confined.
type confinedCase struct {
	code, text, mark string
	want             bool
}

// checkConfined runs lab27romConfined on each case's remark: from mark to
// the end of the text.
func checkConfined(t *testing.T, cases []confinedCase) {
	t.Helper()
	for _, c := range cases {
		start := strings.Index(c.text, c.mark)
		if start < 0 {
			t.Fatalf("mark %q not in %q", c.mark, c.text)
		}
		rm := Remark{Start: start, End: len(c.text), Text: c.text[start:]}
		if got := lab27romConfined(c.code, c.text, rm, rm.Text); got != c.want {
			t.Errorf("lab27romConfined(%s, %q at %q) = %v, want %v", c.code, c.text, c.mark, got, c.want)
		}
	}
}
