package article

import (
	"slices"
	"strings"
	"testing"
)

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
