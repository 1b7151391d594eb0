package article

import (
	"slices"
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

func TestRec28mlRunCondemns(t *testing.T) {
	cases := []struct {
		code  string
		texts []string // the remarks of one run
		want  bool
	}{
		{"es", []string{"el nuevo gobierno nace sin legitimidad alguna"}, true},
		{"es", []string{"Llega a la presidencia por una vía que nunca debió abrirse", "Es un mandato ilegítimo desde el primer día"}, true},
		{"fr", []string{"ce scrutin a été truqué de bout en bout"}, true},
		{"pt", []string{"a eleição foi fraudada e o novo governo não tem legitimidade"}, true},
		// near misses
		{"es", []string{"la inflación seguirá alta durante el primer año del nuevo gobierno"}, false},
		{"fr", []string{"les prix du riz ont encore grimpé depuis janvier"}, false},
		{"es", []string{"la elección no fue fraudulenta"}, false},
		{"es", []string{"el fraude fiscal de las empresas mineras costó millones al Estado"}, false},
	}
	for _, c := range cases {
		var rms []Remark
		for _, tx := range c.texts {
			rms = append(rms, Remark{Speaker: "X", Text: tx, Run: 0})
		}
		if got := rec28mlRunCondemns(stance.Context{}, c.code, 0, rms); got != c.want {
			t.Errorf("rec28mlRunCondemns(%s, %q) = %v, want %v", c.code, c.texts, got, c.want)
		}
	}
}

func TestRec28mlCommentatorVerdict(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Raúl Ortega", "Ortega"}}
	cases := []struct {
		code, text, speaker string
		stance              bool // the speaker ends with a stance
	}{
		{"es", "Raúl Ortega ganó la elección del domingo. El académico Tomás Rivera aseguró que el presidente electo llegará al cargo sin legitimidad.", "Tomás Rivera", true},
		{"es", "Raúl Ortega ganó la elección del domingo. «Es un mandato ilegítimo de origen, por muchos votos que sume», afirmó el constitucionalista Tomás Rivera.", "Tomás Rivera", true},
		// near misses: a commentator on the economy stays off the result
		{"es", "Raúl Ortega ganó la elección del domingo. El economista Tomás Rivera aseguró que la inflación seguirá alta todo el año.", "Tomás Rivera", false},
		{"fr", "Raúl Ortega a gagné l'élection. Pour l'économiste Tomás Rivera, « les prix du riz ont encore grimpé depuis janvier ».", "Tomás Rivera", false},
	}
	for _, c := range cases {
		m, err := stance.DefaultLanguage(c.code)
		if err != nil {
			t.Fatal(err)
		}
		res := Reader{Classifier: m, Context: ctx, Lang: c.code}.Analyze(c.text)
		got := false
		for _, s := range res.Speakers {
			if s.Speaker == c.speaker && s.Stance != "" {
				got = true
			}
		}
		if got != c.stance {
			t.Errorf("%q: %s has a stance = %v, want %v (%+v)", c.text, c.speaker, got, c.stance, res.Speakers)
		}
	}
}

func TestRec28mlRuCallPastAdverb(t *testing.T) {
	cases := []struct {
		text string
		want []string // the speakers of actions
	}{
		{"Выборы прошли спокойно. Каску лично позвонили премьер Литвы Антанас Мажейка и президент Латвии Ивар Озолс.", []string{"Антанас Мажейка", "Ивар Озолс"}},
		{"Выборы прошли спокойно. Каску тоже позвонил канцлер Австрии Петер Граф.", []string{"Петер Граф"}},
		{"Выборы прошли спокойно. Каску сразу же позвонила глава Еврокомиссии Анна Лунд.", []string{"Анна Лунд"}},
		// near misses: a negated call, a call with a purpose
		{"Выборы прошли спокойно. Каску не позвонил канцлер Австрии Петер Граф.", nil},
		{"Выборы прошли спокойно. Каску лично позвонил канцлер Австрии Петер Граф, чтобы обсудить поставки газа.", nil},
	}
	for _, c := range cases {
		var got []string
		for _, rm := range ExtractLang(c.text, "ru") {
			if rm.Kind == Action {
				for _, w := range c.want {
					if strings.HasSuffix(rm.Speaker, w) && !slices.Contains(got, w) {
						got = append(got, w)
					}
				}
				if len(c.want) == 0 {
					got = append(got, rm.Speaker)
				}
			}
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%q: actions of %q, want %q", c.text, got, c.want)
		}
	}
}
