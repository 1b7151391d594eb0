package article

import (
	"strings"
	"testing"
)

func TestRev28mlNoCall(t *testing.T) {
	cases := []struct {
		text string
		act  bool // the caller has an act
	}{
		{"Выборы прошли спокойно. Каску первым позвонил канцлер Австрии Петер Граф.", true},
		{"Выборы прошли спокойно. Каску вчера позвонил канцлер Австрии Петер Граф.", true},
		// near misses: a place, a call on another matter, a call before the vote
		{"Выборы прошли спокойно. В Москву сразу позвонил посол Австрии Петер Граф.", false},
		{"Выборы прошли спокойно. Каску вчера позвонил глава концерна Петер Граф по поводу поставок газа.", false},
		{"Выборы прошли спокойно. Накануне голосования Каску лично позвонил канцлер Австрии Петер Граф.", false},
	}
	for _, c := range cases {
		got := false
		for _, rm := range ExtractLang(c.text, "ru") {
			got = got || rm.Kind == Action && strings.HasSuffix(rm.Speaker, "Петер Граф")
		}
		if got != c.act {
			t.Errorf("%q: an act of Петер Граф = %v, want %v", c.text, got, c.act)
		}
	}
}
