package article

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

func TestRev28mlOnResult(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Raúl Ortega", "Ortega"}, Rivals: []string{"Ana Vela", "Vela"}}
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "Ortega es un presidente ilegítimo, surgido de un fraude", true},
		{"fr", "ce scrutin est une mascarade", true},
		{"de", "Diese Wahl war eine Farce", true},
		// near misses: another vote, the rival's claim, a denial, a question, a condition
		{"es", "la elección de 1990 fue un fraude", false},
		{"pt", "a eleição de 1962 foi fraudada pelo regime", false},
		{"es", "Vela habla de una elección robada sin pruebas", false},
		{"fr", "qu'Vela qualifie le scrutin de frauduleux", false},
		{"es", "Es falso que la elección haya sido amañada", false},
		{"pt", "A tese de que a eleição foi fraudada não se sustenta", false},
		{"de", "Von einer gefälschten Wahl kann keine Rede sein", false},
		{"ru", "Говорить о фальсификации выборов нет никаких оснований", false},
		{"es", "¿Fue una elección fraudulenta?", false},
		{"es", "en caso de que una elección fuera declarada fraudulenta, la ley obliga a repetirla", false},
	}
	for _, c := range cases {
		if got := rev28mlOnResult(ctx, c.code, c.text); got != c.want {
			t.Errorf("rev28mlOnResult(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
	// the condemnation and the word of the vote in two remarks of one run
	rms := []Remark{{Speaker: "X", Text: "la evasión de las mineras es un fraude al fisco"}, {Speaker: "X", Text: "el nuevo gobierno tendrá que subir impuestos"}}
	if rec28mlRunCondemns(ctx, "es", 0, rms) {
		t.Errorf("a condemnation of tax fraud and a word of the government in another remark condemn the vote")
	}
}

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
