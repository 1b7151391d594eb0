package article

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestFgr14LegitimacyLost: a word of legitimacy with a word of depriving
// or losing it condemns the result (fgr14_legitimacy.go); negated, or
// with no such word, it does not. Sentences written for the test.
func TestFgr14LegitimacyLost(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"ru", "Каск добыл своей партии половину голосов силой и тем самым окончательно лишился легитимности", true},
		{"fr", "le président sortant a perdu toute légitimité après ce scrutin", true},
		{"de", "er spricht dem Ergebnis damit jede Legitimität ab", true},
		// counter-cases
		{"ru", "выборы не лишили власть легитимности", false},
		{"fr", "le perdant reconnaît la légitimité du scrutin", false},
		{"de", "die Legitimität der Wahl steht außer Frage", false},
		{"de", "die Opposition lehnte ab, die Legitimität der Wahl anzuzweifeln", false},
		// counter-cases: legitimacy lost in sport (found probing)
		{"fr", "l'arbitre a perdu toute légitimité", false},
		{"ru", "судья лишился легитимности", false},
		{"de", "der Schiedsrichter habe jede Legitimität verloren", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, legitimacyLost(c.code, c.text), c.text)
	}
}

// TestFgr14Contrast: a negated noun corrected by a conjunction leaves the
// condemnation after it standing (afterContrast); a negated condemnation
// stays hedged. Sentences written for the test.
func TestFgr14Contrast(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"ru", "То, что нам показали, — не победа, а подлог", true},
		{"fr", "ce n'est pas une victoire, mais une mascarade", true},
		{"de", "das war kein Sieg, sondern eine Farce", true},
		// counter-cases
		{"ru", "это была не фальсификация, а ошибка счётной комиссии", false},
		{"fr", "le vote, mais pas une mascarade", false},
		// the speaker's own incise is no saying of another (found probing);
		// another's saying still is
		{"fr", "Le scrutin, a-t-il dit, a été truqué", true},
		{"fr", "l'opposition dit que le scrutin a été truqué", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, condemnsIn(c.code, c.text), c.text)
	}
}

// TestFgr14MassViolations: violations on a mass scale condemn the result
// (massViolations); denied, or violations alone, they do not. Sentences
// written for the test.
func TestFgr14MassViolations(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"ru", "накануне в комментарии агентству говорила о массовых нарушениях со стороны властей", true},
		{"fr", "l'opposition dénonce des irrégularités massives dans le Nord", true},
		{"de", "die Opposition spricht von massiven Unregelmäßigkeiten", true},
		// counter-cases
		{"ru", "массовых нарушений не выявлено", false},
		{"ru", "голосование прошло без массовых нарушений", false},
		{"ru", "наблюдатели отметили отдельные нарушения на участках", false},
		{"de", "es gab keine massiven Verstöße", false},
		// counter-cases: violations in another domain (found probing)
		{"fr", "l'ONG dénonce des violations massives des droits de l'homme dans le pays voisin", false},
		{"fr", "le ministre dénonce des irrégularités massives dans la gestion du budget", false},
		{"ru", "правозащитники говорили о массовых нарушениях прав человека в тюрьмах", false},
		{"de", "die Polizei meldete massive Verstöße gegen die Verkehrsregeln", false},
		{"fr", "l'opposition dénonce des fraudes massives lors du vote", true},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, condemnsIn(c.code, c.text), c.text)
	}
}
