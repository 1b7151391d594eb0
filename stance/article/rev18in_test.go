package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestRev18inAttackOffice: an attack whose object is an office followed
// by a word for the winner ("la presidenta electa") is an act, as one on
// "la ganadora" is; an office with no such word after it is not
// (ib18_attack.go). Sentences written for the test.
func TestRev18inAttackOffice(t *testing.T) {
	runLangCases(t, []langCase{
		{"es insultó a la presidenta electa", "es", "El concejal Luis Peral insultó a la presidenta electa durante la sesión.",
			[]langRemark{{Action, "Luis Peral", "insultó a la presidenta electa durante la sesión"}}},
		{"es arremetió contra el presidente electo", "es", "El pastor Ivo Kask arremetió contra el presidente electo en la plaza.",
			[]langRemark{{Action, "Ivo Kask", "arremetió contra el presidente electo en la plaza"}}},
		// counter-cases: an office with no word for the winner after it, or a
		// word that only shares its stem
		{"es atacó al tribunal electoral", "es", "El concejal Luis Peral arremetió contra el tribunal electoral durante la sesión.",
			nil},
		{"es insultó a la presidenta del club", "es", "El concejal Luis Peral insultó a la presidenta del club durante la sesión.",
			nil},
	})
}

// TestRev18inAttackGenitive: the verb rule reads the winner only as the
// attack's object, not as the owner of it after a genitive preposition
// ("atacó a los seguidores de X"; ib18_attack.go).
func TestRev18inAttackGenitive(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Velor", "Velor"}, Rivals: []string{"Luis Peral", "Peral"}}
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "atacó duramente a Velor en un mitin", true},
		{"es", "insultó a la presidenta electa durante la sesión", true},
		{"es", "arremetió contra la ganadora de los comicios", true},
		// counter-cases: the winner owns the object
		{"es", "atacó a los seguidores de Velor por los disturbios", false},
		{"es", "arremetió contra la prensa del ganador", false},
		{"pt", "atacou o governo do vencedor num comício", false},
		{"pt", "atacou os eleitores de Ana Velor", false},
		// counter-cases: a word that shares the stem of a word for the winner
		{"es", "atacó el sistema electoral en un discurso", false},
		{"es", "arremetió contra los electores de la capital", false},
		{"pt", "atacou os eleitores da capital", false},
		{"pt", "atacou a vencedora num comício", true},
	}
	for _, c := range cases {
		if got := lexicons[c.code].attacksWinner(ctx, actionWords(c.text)); got != c.want {
			t.Errorf("attacksWinner(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestRev18inBackedGenitive: a result borne out is the vote's unless a
// genitive makes it the result of something else (ib18_backed.go).
func TestRev18inBackedGenitive(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "la auditoría confirmó los resultados", true},
		{"es", "el recuento respalda la victoria de Velor", true},
		{"es", "la revisión confirma los resultados de la elección", true},
		{"pt", "a auditoria confirmou a contagem dos votos", true},
		// counter-cases: the result of something other than the vote
		{"es", "los datos confirman los resultados del trimestre", false},
		{"es", "el informe ratifica la cifra de la inflación", false},
		{"pt", "o balanço confirma os resultados da empresa", false},
	}
	for _, c := range cases {
		if got := backedIn(c.code, c.text, []string{"Luis Peral", "Peral"}); got != c.want {
			t.Errorf("backedIn(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestRev18inFarFromVote: "far from fair" condemns the vote only when the
// vote is named near it (ib18_farfrom.go).
func TestRev18inFarFromVote(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "los comicios estuvieron lejos de ser limpios", true},
		{"pt", "o processo esteve longe de ser transparente", true},
		{"pt", "esteve longe de ser uma votação livre", true},
		{"pt", "está longe de ser justa", true},
		// counter-cases: a fairness denied to something other than the vote
		{"pt", "a reforma está longe de ser justa para os reformados", false},
		{"pt", "a economia está longe de estar limpa de corrupção", false},
		{"es", "el reparto de la ayuda estuvo lejos de ser transparente", false},
	}
	for _, c := range cases {
		if got := farFromFair(c.code, c.text); got != c.want {
			t.Errorf("farFromFair(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestRev18inRuJudgedVote: a Russian judgement is an act only when it
// judges the vote, or a pronoun standing for it (fgr18_judged.go).
// Sentences written for the test.
func TestRev18inRuJudgedVote(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru results invalid", "ru", "Оппозиционер Лена Дал считает результаты выборов недействительными.",
			[]langRemark{{Action, "Лена Дал", "считает результаты выборов недействительными"}}},
		{"ru pronoun farce", "ru", "Оппозиционер Лена Дал считает их фарсом.",
			[]langRemark{{Action, "Лена Дал", "считает их фарсом"}}},
		// counter-cases: a judgement of something other than the vote
		{"ru budget unfair", "ru", "Оппозиционер Лена Дал считает новый бюджет несправедливым.", nil},
		{"ru reform mistake", "ru", "Оппозиционер Лена Дал считает пенсионную реформу ошибкой.", nil},
	})
}
