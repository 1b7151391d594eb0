package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestRev30lmlDeferOther: a judgement put off about something else than
// the vote is no deferral of recognition (rev30lml_narrow.go). Sentences
// written for the test.
func TestRev30lmlDeferOther(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "el ministro aplazó su evaluación de los aranceles al acero hasta enero", false},
		{"es", "el técnico aplazó cualquier valoración del partido hasta revisar el vídeo", false},
		{"ru", "министр отложил оценку проекта бюджета до осени", false},
		{"de", "der Minister verschob seine Bewertung des Haushaltsentwurfs auf den Herbst", false},
		// still deferrals: a word of the vote, no complement, a greeting, the object first
		{"es", "el canciller postergó cualquier valoración de los comicios hasta conocer el informe", true},
		{"fr", "le ministre a reporté tout jugement sur le scrutin à la publication du rapport", true},
		{"ru", "послы отложили выводы до конца подсчёта", true},
		{"pt", "a ministra adiou os cumprimentos ao vencedor até a proclamação", true},
		{"ru", "Окончательную оценку миссия отложила до итогового доклада", true},
	}
	for _, c := range cases {
		if got := lab30mlDeferred(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestRev30lmlDoubtConditioned: a denied doubt under a condition is no
// recognition; a concessive "si bien" or "même si" is no condition.
func TestRev30lmlDoubtConditioned(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "si el recuento confirma las cifras, nadie podrá discutir el resultado", false},
		{"ru", "если суд подтвердит подсчёт, никто не сможет оспорить итоги", false},
		{"es", "si bien hubo fallas, nadie puede dudar del resultado", true},
		{"fr", "même si des erreurs ont eu lieu, personne ne peut contester le résultat", true},
		{"es", "nadie podrá discutir el resultado", true},
	}
	for _, c := range cases {
		if got := lab30mlDoubtDenied(c.code, actionWords(c.text)); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestRev30lmlRivalContest: a victory no one may doubt is the rival's
// claim when the rival says it or only the rival is named; a rival who
// will not contest the results, or grants the winner's victory, concedes.
func TestRev30lmlRivalContest(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Vidal", "Vidal"}, Rivals: []string{"Tomás Llano", "Llano"}}
	cases := []struct {
		speaker, text string
		want          bool
	}{
		{"Tomás Llano", "nadie puede discutir su victoria en las urnas", true},
		{"Eva Soto", "nadie podrá cuestionar el triunfo de Llano", true},
		// near misses: the results, the winner's victory, another speaker's "su victoria"
		{"Tomás Llano", "no impugnará los resultados", false},
		{"Tomás Llano", "nadie puede discutir la victoria de Vidal", false},
		{"Eva Soto", "nadie puede discutir su victoria", false},
	}
	for _, c := range cases {
		if got := rev30lmlRivalContest(ctx, Remark{Speaker: c.speaker}, actionWords(c.text)); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.speaker, c.text, got, c.want)
		}
	}
}

// TestRev30lmlDismissedCharge: a German dismissal of a charge in a
// compound or of a negative judgement defends the vote.
func TestRev30lmlDismissedCharge(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"tat die Berichte über Wahlbetrug als Propaganda ab", false},
		{"hat die negative Bewertung der Wahl als voreilig abgetan", false},
		{"tat die kritische Einschätzung der Wahl als parteiisch ab", false},
		{"hat die positive Bewertung der Wahl als Schönfärberei abgetan", true},
		{"tat die Wahl als Farce ab", true},
	}
	for _, c := range cases {
		if got := lab30mlDismissed("de", actionWords(c.text)); got != c.want {
			t.Errorf("%q: got %v, want %v", c.text, got, c.want)
		}
	}
}

// TestRev30lmlOffVote: a result of something else (a match, a season)
// whose doubt is denied is no recognition of the vote's.
func TestRev30lmlOffVote(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Vidal", "Vidal"}, Rivals: []string{"Tomás Llano", "Llano"}}
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "nadie puede cuestionar el resultado del clásico del domingo", true},
		{"ru", "никто не может оспорить итоги сезона", true},
		// near misses: the vote's result, the winner's victory, a bare result, a day
		{"es", "nadie puede cuestionar el resultado de las urnas", false},
		{"es", "nadie puede discutir el triunfo de Vidal", false},
		{"fr", "personne ne peut contester le résultat", false},
		{"es", "nadie puede cuestionar el resultado del domingo", false},
		{"ru", "никто не может оспорить итоги голосования", false},
	}
	for _, c := range cases {
		if got := rev30lmlOffVote(ctx, c.code, actionWords(c.text)); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
