package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// Sentences written for the review of session 21's Spanish, French and
// Portuguese rules (rev21rom): each narrowing with paraphrases and the
// case the rule was written for, which must keep working.

// TestRev21romPeopleNewOffice: the people congratulated together with the
// winner called by the office they take ("y a la nueva presidenta", "et
// son nouveau président", "e o seu presidente eleito") recognise; the
// people alone, or a clause after them that names the winner only to say
// they were not named, withhold (ml21_people.go).
func TestRev21romPeopleNewOffice(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Olaf Berg", "Berg"}}
	cases := []struct {
		l    *langLexicon
		text string
		want actionVerdict
	}{
		{&spanish, "felicitó al pueblo y a la nueva presidenta por una jornada ejemplar", verdictRecognising},
		{&spanish, "felicitó al pueblo hermano y a su presidente electo por unos comicios en paz", verdictRecognising},
		{&spanish, "felicitó a los votantes y al mandatario entrante por el resultado", verdictRecognising},
		{&french, "a félicité le peuple français et son nouveau président pour ce scrutin", verdictRecognising},
		{&french, "a félicité les électeurs et la nouvelle présidente", verdictRecognising},
		{&portuguese, "felicitou o povo e o novo presidente pela jornada democrática", verdictRecognising},
		{&portuguese, "felicitou o povo irmão e o seu presidente eleito", verdictRecognising},
		// near-misses: the people only
		{&spanish, "felicitó al pueblo por su ejemplar jornada cívica y no mencionó al ganador", verdictWithholding},
		{&spanish, "felicitó al pueblo y al gobierno saliente por la nueva etapa", verdictWithholding},
		{&portuguese, "felicitou o povo pela participação e não mencionou o vencedor", verdictWithholding},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, c.l.actionVerdict(ctx, c.text), c.text)
	}
}

// TestRev21romRecountNarrowed: a hall or an audience is no audit, and a
// refusal that alleges a rigged or stolen vote stays hostile
// (ml21_recount.go); the refusal with a recount alone still withholds.
func TestRev21romRecountNarrowed(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Olaf Berg", "Berg"}}
	cases := []struct {
		l    *langLexicon
		text string
		want actionVerdict
	}{
		{&spanish, "se negó a reconocer la derrota ante un auditorio de simpatizantes", verdictHostile},
		{&french, "a refusé de reconnaître sa défaite devant un auditoire de militants", verdictHostile},
		{&portuguese, "recusou-se a reconhecer a derrota diante de um auditório lotado", verdictHostile},
		{&spanish, "se negó a reconocer la derrota, denunció manipulación del padrón y pidió un reconteo", verdictHostile},
		{&french, "a refusé de reconnaître sa défaite, a parlé d'un scrutin truqué et a exigé un recomptage", verdictHostile},
		{&portuguese, "recusou-se a reconhecer a derrota, falou em votos manipulados e exigiu a recontagem", verdictHostile},
		// the rule's own cases keep withholding
		{&spanish, "se negó a reconocer la derrota y pidió un recuento", verdictWithholding},
		{&portuguese, "recusou-se a reconhecer o resultado e pediu uma auditoria independente", verdictWithholding},
		{&french, "a refusé de reconnaître sa défaite et a exigé un recomptage", verdictWithholding},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, c.l.actionVerdict(ctx, c.text), c.text)
	}
}

// TestRev21romCorporateDelegate: a delegate completing a company post is
// an occupation, not an office (lexicon_rom22.go, intl_commentator.go);
// a party's or a mission's delegate is still an office.
func TestRev21romCorporateDelegate(t *testing.T) {
	cases := []struct {
		l    *langLexicon
		role string
		want bool
	}{
		{&spanish, "consejero delegado de Banco Austral", true},
		{&portuguese, "administrador delegado da Energia Norte", true},
		{&french, "directeur général délégué de la banque", true},
		{&french, "administratrice déléguée du groupe", true},
		{&spanish, "delegado provincial del movimiento", false},
		{&french, "délégué régional du parti", false},
		{&portuguese, "delegada da missão da CPLP", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, rom22CorporateRole(c.role), c.role)
		assert.Equal(t, !c.want, c.l.officeIn(Remark{Role: c.role}), c.role)
	}
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Olaf Berg", "Berg"}}
	text := "El consejero delegado de Banco Austral, Pablo Ruiz, dijo que la bolsa subió un 2 % tras la apertura."
	off := spanish.offTopicSpeakers(ctx, text, ExtractLang(text, "es"))
	assert.True(t, off["Pablo Ruiz"], text)
	text = "El delegado provincial del movimiento, Jorge Sanz, dijo que la bolsa subió un 2 % tras la apertura."
	off = spanish.offTopicSpeakers(ctx, text, ExtractLang(text, "es"))
	assert.False(t, off["Jorge Sanz"], text)
}

// TestRev21romElidedTopic: an election word after an elided article is a
// word of the election (intl_commentator.go), so a French act of the
// verbs of saying without a clause ("a confirmé sa présence à
// l'investiture", a verb of saying since rom22) is read by the fallback
// again; one with no word of the election is not.
func TestRev21romElidedTopic(t *testing.T) {
	assert.True(t, french.topical(actionWords("a confirmé sa présence à l'investiture")))
	assert.True(t, french.topical(actionWords("il attend l'élection")))
	assert.False(t, french.topical(actionWords("a confirmé la fermeture du pont")))
	// the mayor's sentence, first, has no word of the election: no remark;
	// the fallback's remarks are marked Inferred
	cases := []struct{ text, speaker, remark string }{
		{"Le maire Pierre Giraud a confirmé la fermeture du pont. Le ministre Paul Brun a confirmé sa présence à l'investiture de Delorme.",
			"Paul Brun", "a confirmé sa présence à l'investiture de Delorme"},
		{"Le maire Pierre Giraud a confirmé la fermeture du pont. La ministre Anne Roy a confirmé sa venue à l'investiture du nouveau président.",
			"Anne Roy", "a confirmé sa venue à l'investiture du nouveau président"},
	}
	for _, c := range cases {
		got := ExtractLang(c.text, "fr")
		checkOffsets(t, c.text, got)
		if assert.Len(t, got, 1, c.text) {
			assert.Equal(t, c.speaker, got[0].Speaker, c.text)
			assert.Equal(t, c.remark, got[0].Text, c.text)
		}
	}
}
