package article

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// TestRom22DelegateRoles: a delegate before a name set off by commas is
// the speaker's role (lexicon_rom22.go). Sentences written for the test.
func TestRom22DelegateRoles(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt o delegado provincial do X, Nome, garantiu que", "pt", "Em Tete, o delegado provincial do partido, Rui Mavota, garantiu aos jornalistas que «a contagem foi viciada».",
			[]langRemark{{Direct, "Rui Mavota", "a contagem foi viciada"}}},
		{"pt a delegada do X, Nome, afirmou que", "pt", "A delegada do partido em Nampula, Rosa Mavota, afirmou que «a contagem foi viciada».",
			[]langRemark{{Direct, "Rosa Mavota", "a contagem foi viciada"}}},
		{"es la delegada del X, Nombre, dijo que", "es", "La delegada del movimiento, Ana Ruiz, dijo que «el conteo fue amañado».",
			[]langRemark{{Direct, "Ana Ruiz", "el conteo fue amañado"}}},
		{"fr le délégué régional du X, Nom, a affirmé que", "fr", "Le délégué régional du parti, Paul Kossi, a affirmé que « le décompte a été truqué ».",
			[]langRemark{{Direct, "Paul Kossi", "le décompte a été truqué"}}},
		// counter-case: a coordinator without a named body stays no office
		{"pt o coordenador do movimento, X, is no office", "pt", "O coordenador do movimento, Rui Mavota, disse que «a contagem foi viciada».",
			[]langRemark{{Direct, "", "a contagem foi viciada"}}},
	})
	for code, ws := range map[string][]string{"es": {"delegado", "delegada"}, "fr": {"délégué", "déléguée"}, "pt": {"delegado", "delegada"}} {
		for _, w := range ws {
			if !lexicons[code].isRole(w) {
				t.Errorf("%s isRole(%q) = false, want true", code, w)
			}
		}
	}
}

// TestRom22OwnSource: "according to his spokesperson, he …" opening a
// sentence gives the act to the person the pronoun stands for, not to
// the spokesperson (rom22_ownsource.go). Sentences written for the test.
func TestRom22OwnSource(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr Selon son porte-parole, elle l'a félicité", "fr", "La chancelière Eva Lind a reçu les syndicats. Selon son porte-parole, elle l'a félicité dans la soirée.",
			[]langRemark{{Action, "Eva Lind", "l'a félicité dans la soirée"}}},
		{"fr Selon son cabinet, il a félicité", "fr", "Le président Paul Kossi a quitté Paris. Selon son cabinet, il a félicité le vainqueur.",
			[]langRemark{{Action, "Paul Kossi", "a félicité le vainqueur"}}},
		{"es Según su portavoz, ella felicitó", "es", "La canciller Eva Lind recibió a los sindicatos. Según su portavoz, ella felicitó al ganador.",
			[]langRemark{{Action, "Eva Lind", "felicitó al ganador"}}},
		{"pt Segundo o seu porta-voz, ele telefonou", "pt", "O presidente Rui Mavota recebeu os sindicatos. Segundo o seu porta-voz, ele telefonou ao vencedor para o felicitar.",
			[]langRemark{{Action, "Rui Mavota", "telefonou ao vencedor para o felicitar"}}},
		// counter-cases: no possessive, or no pronoun after the comma: the source keeps the clause
		{"fr Selon le porte-parole, elle", "fr", "La chancelière Eva Lind a reçu les syndicats. Selon le porte-parole, elle a félicité le vainqueur.",
			[]langRemark{{Reported, "porte-parole", "elle a félicité le vainqueur"}}},
		{"fr Selon son porte-parole, la victoire", "fr", "La chancelière Eva Lind a reçu les syndicats. Selon son porte-parole, la victoire du socialiste est nette.",
			[]langRemark{{Reported, "porte-parole", "la victoire du socialiste est nette"}}},
	})
}

// TestRom22FrenchConfirm: French "confirmer que" reports speech as
// Spanish "confirmó que" does (lexicon_rom22.go). Sentences written for
// the test.
func TestRom22FrenchConfirm(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr X a confirmé dans un communiqué que", "fr", "La Commission présidée par Lena Dal a confirmé dans un communiqué que le président était réélu.",
			[]langRemark{{Reported, "Lena Dal", "le président était réélu"}}},
		{"fr le ministre X confirme que", "fr", "Le ministre Paul Kossi confirme que la victoire du sortant est nette.",
			[]langRemark{{Reported, "Paul Kossi", "la victoire du sortant est nette"}}},
		{"fr X, porte-parole, a confirmé que", "fr", "Paul Kossi, porte-parole de la mission, a confirmé que le décompte était terminé.",
			[]langRemark{{Reported, "Paul Kossi", "le décompte était terminé"}}},
		// counter-case: a confirmation with no clause of "que" reports no speech
		{"fr a confirmé sa venue", "fr", "Paul Kossi a confirmé sa venue à Lomé.", nil},
	})
}

// TestRom22NamedClause: the winner's name that is the subject of the
// clause a quotation completes ties the quotation to the election, so an
// activist who says it is not taken off the result
// (rom22_namedclause.go). Sentences written for the test.
func TestRom22NamedClause(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Lena Dal", "Dal"}}
	for _, c := range []struct {
		code, text string
		want       bool
	}{
		{"es", "La activista Ana Ruiz gritó que Kask «no es presidente de nadie».", true},
		{"es", "La activista Ana Ruiz afirmó que Ivo Kask «no gobernará para todos».", true},
		{"pt", "A ativista Ana Ruiz disse que Dal «foi roubada nas mesas».", true},
		{"fr", "La militante Ana Ruiz a lancé que Kask « ne gouvernera pas pour tous ».", true},
		// counter-cases: no name of the winner or a rival before the
		// quotation, or words between the name and the quotation
		{"es", "La activista Ana Ruiz dijo que el país «necesita más escuelas».", false},
		{"es", "La activista Ana Ruiz dijo que, según Kask, «nada cambiará».", false},
		{"pt", "A ativista Ana Ruiz disse que o bairro de Kask «precisa de escolas».", false},
	} {
		got := rom22NamedSubject(ctx, c.code, c.text, strings.Index(c.text, "«")) != ""
		if got != c.want {
			t.Errorf("%q: named subject %v, want %v", c.text, got, c.want)
		}
		if !c.want {
			continue
		}
		remarks := ExtractLang(c.text, c.code)
		var direct []Remark
		for _, rm := range remarks {
			if rm.Kind == Direct {
				direct = append(direct, rm)
			}
		}
		if len(direct) != 1 {
			t.Errorf("%q: %d direct remarks, want 1", c.text, len(direct))
			continue
		}
		off := lexicons[c.code].offTopicSpeakers(ctx, c.text, remarks)
		if c.want && off[direct[0].Speaker] {
			t.Errorf("%q: %s taken off the result", c.text, direct[0].Speaker)
		}
	}
}
