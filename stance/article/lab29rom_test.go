package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
)

// lab29romCtx is the made-up context of the tests: Ivo Kask won, Eva Sand
// and her Alianza Norte lost.
var lab29romCtx = stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Eva Sand", "Sand", "Alianza Norte"}}

// TestLab29romRivalVictory: a rival's victory claimed or to be recognised
// is hostile; the declared winner's, a doubted one's or a victory with no
// rival named is not.
func TestLab29romRivalVictory(t *testing.T) {
	reported := []struct {
		code, text string
		want       bool
	}{
		{"fr", "a de nouveau revendiqué la victoire de la coalition Alianza Norte", true},
		{"es", "las actas demuestran el triunfo de Eva Sand en todo el país", true},
		{"pt", "a vitória de Eva Sand é incontestável", true},
		// near misses
		{"es", "las actas demuestran el triunfo de Ivo Kask y la derrota de Eva Sand", false},
		{"es", "nadie cree en la supuesta victoria de Eva Sand", false},
		{"fr", "la victoire est nette et la coalition doit l'accepter", false},
		{"es", "no hubo victoria alguna, sino un fraude", false},
	}
	for _, c := range reported {
		if got := rivalElectIn(lab29romCtx, c.code, c.text); got != c.want {
			t.Errorf("rivalElectIn(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
	acts := []struct {
		code, text string
		want       actionVerdict
	}{
		{"fr", "a appelé le président sortant à reconnaître la victoire de Eva Sand", verdictHostile},
		{"es", "exigió al tribunal reconocer el triunfo de Eva Sand", verdictHostile},
		{"pt", "reconheceu a vitória de Eva Sand como legítima", verdictHostile},
		// near misses: the winner's victory, a rival named far past the noun
		{"fr", "a reconnu la victoire de Ivo Kask", verdictRecognising},
		{"es", "reconoció el triunfo del oficialismo en la capital, donde perdió Eva Sand", verdictRecognising},
	}
	for _, c := range acts {
		if got := lexicons[c.code].actionVerdict(lab29romCtx, c.text); got != c.want {
			t.Errorf("actionVerdict(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestLab29romCelebrated: celebrating a victory or the result is a
// recognition; holding an election, a birthday or one's own victory is
// not one.
func TestLab29romCelebrated(t *testing.T) {
	cases := []struct {
		code, text string
		want       actionVerdict
	}{
		{"es", "celebró el resultado sin matices", verdictRecognising},
		{"pt", "celebrou o que chamou de vitória da esperança", verdictRecognising},
		{"fr", "a célébré la réélection du président", verdictRecognising},
		{"es", "festejó la victoria de Eva Sand", verdictHostile},
		{"es", "no celebró el triunfo del oficialismo", verdictNotRecognising},
		// near misses
		{"es", "celebró su victoria ante sus seguidores", verdictNone},
		{"es", "celebró elecciones internas el domingo", verdictNone},
		{"pt", "comemorou o aniversário com a família", verdictNone},
	}
	for _, c := range cases {
		if got := lexicons[c.code].actionVerdict(lab29romCtx, c.text); got != c.want {
			t.Errorf("actionVerdict(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestLab29romStopShort: going as far as a verdict, stopped short of,
// withholds one.
func TestLab29romStopShort(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"es", "expresó dudas sobre el escrutinio, sin llegar a hablar de fraude", true},
		{"pt", "nunca chegou a qualificar a votação de livre e justa", true},
		{"fr", "a démissionné en expliquant qu'il doutait des chiffres, sans aller jusqu'à parler de fraude", true},
		{"fr", "a condamné le putsch, sans pour autant faire siens les chiffres de la commission", true},
		{"fr", "a pris acte, sans pour autant féliciter le vainqueur", true},
		// near misses
		{"es", "el partido no llegó al 1 % de los votos", false},
		{"fr", "a dénoncé la fraude, sans pour autant appeler à manifester", false},
		{"fr", "évoquait des listes trafiquées, sans toutefois produire de preuves", false},
		{"de", "ohne so weit zu gehen, von Betrug zu sprechen", false},
	}
	for _, c := range cases {
		if got := lab29romStopsShort(c.code, c.text); got != c.want {
			t.Errorf("lab29romStopsShort(%s, %q) = %v, want %v", c.code, c.text, got, c.want)
		}
	}
}

// TestLab29romRiggedFor: a count tampered with to make a victory is an
// accusation of fraud; a change of strategy or work for a victory is not.
func TestLab29romRiggedFor(t *testing.T) {
	cases := []struct {
		text string
		want bool
	}{
		{"las actas fueron alteradas para darle la victoria al oficialismo", true},
		{"el tribunal cambió votos en tres distritos para fabricar la diferencia", true},
		{"os boletins foram manipulados para garantir a vitória do partido no poder", true},
		{"les procès-verbaux ont été falsifiés pour donner la victoire au président sortant", true},
		{"la commission a modifié les chiffres afin de creuser l'écart", true},
		// near misses
		{"el partido cambió de estrategia para asegurar la victoria", false},
		{"los militantes trabajaron sin descanso para darle la victoria a Ruiz", false},
		{"las actas fueron alteradas por la lluvia y hubo que contarlas de nuevo", false},
		{"o partido mudou de candidato para tentar a vitória", false},
	}
	for _, c := range cases {
		if got := lab29romRiggedFor(actionWords(c.text)); got != c.want {
			t.Errorf("lab29romRiggedFor(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}
