package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// TestLab22mlIndefinitePost: a post of a body named by an indefinite
// article ("presidente de uma associação") is an occupation, and its
// holder, whose remark has no word of the election, is off the topic; a
// post of a body of politics, or of a body named with its own article,
// stays an office. Sentences written for the test.
func TestLab22mlIndefinitePost(t *testing.T) {
	cases := []struct {
		name, code, text, speaker string
		want                      bool
	}{
		{"pt president of an association", "pt", `"Fretámos dois autocarros desde o Barreiro, mas muitos trabalhavam ao sábado", contou Rui Falcão, presidente de uma associação de moradores.`, "Rui Falcão", true},
		{"pt contracted duma", "pt", `"Os voos para o Sal estão cheios até março", disse Rui Falcão, gerente duma agência de viagens.`, "Rui Falcão", true},
		{"es spokeswoman of a hotel chain", "es", "«Las reservas de diciembre siguen llenas en la costa», dijo Marta Olid, portavoz de una cadena hotelera.", "Marta Olid", true},
		{"fr head of a cooperative", "fr", "« Les camions de cacao passent de nouveau la frontière », a expliqué Paul Adou, président d'une coopérative de planteurs.", "Paul Adou", true},
		{"de spokesman of a tour operator", "de", "„Die Flüge nach Antalya sind bis Ostern ausgebucht“, sagte Jonas Reh, Sprecher eines Reiseveranstalters.", "Jonas Reh", true},
		{"ru representative of one of the associations", "ru", "«Рейсы в Анталью возобновятся весной», — сказала Анна Ветрова, представитель одной из ассоциаций туроператоров.", "Анна Ветрова", true},
		{"ru title before the name", "ru", "«Рейсы в Анталью возобновятся весной», — сказал представитель одной из авиакомпаний Олег Дымов.", "Олег Дымов", true},
		// counter-cases: a body of politics, a definite body, a remark on the vote
		{"es leader of a party", "es", "«Las reservas siguen llenas», dijo Marta Olid, presidenta de un partido regional.", "Marta Olid", false},
		{"pt president of the association", "pt", `"Fretámos dois autocarros desde o Barreiro", contou Rui Falcão, presidente da Câmara de Loures.`, "Rui Falcão", false},
		{"ru president of one of the countries", "ru", "«Рейсы возобновятся весной», — сказал Олег Дымов, президент одной из стран региона.", "Олег Дымов", false},
		{"fr remark on the vote", "fr", "« Le scrutin s'est déroulé dans le calme », a expliqué Paul Adou, président d'une coopérative de planteurs.", "Paul Adou", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rs := ExtractLang(c.text, c.code)
			assert.NotEmpty(t, rs, "a remark: %+v", rs)
			got := lexicons[c.code].offTopicSpeakers(stance.Context{Winner: []string{"Norland"}}, c.text, rs)
			assert.Equal(t, c.want, got[c.speaker], "remarks: %+v", rs)
		})
	}
}

// TestLab22mlStaffOccupation: a staff member of an institute is an
// occupation in Russian. Sentences written for the test.
func TestLab22mlStaffOccupation(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Норланд"}}
	assert.True(t, russian.occupation("сотрудник"))
	text := "«Поставки зерна будут выполняться в срок», — отметил Павел Орлов, сотрудник Института экономики."
	assert.True(t, russian.offTopicSpeakers(ctx, text, ExtractLang(text, "ru"))["Павел Орлов"])
	text = "«Выборы прошли честно», — отметил Павел Орлов, сотрудник Института экономики."
	assert.False(t, russian.offTopicSpeakers(ctx, text, ExtractLang(text, "ru"))["Павел Орлов"], "a word of the election keeps him on the result")
}

// TestLab22mlUsurped: a word of a usurped office condemns the result in
// five languages; a remark without one does not. Sentences written for
// the test.
func TestLab22mlUsurped(t *testing.T) {
	cases := []struct {
		code, text string
		want       bool
	}{
		{"ru", "назвал избрание «узурпацией» и призвал не иметь дела с «самозваным президентом»", true},
		{"es", "calificó la proclamación de usurpación del poder", true},
		{"pt", "chamou à posse uma usurpação", true},
		{"fr", "a dénoncé un président usurpateur", true}, // an elided "d'usurpateur" is not read (condemnsIn does not unelide)
		{"de", "nannte den Wahlsieger einen Usurpator", true},
		{"ru", "назвал избрание важным шагом", false},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, condemnsIn(c.code, c.text), "%s: %s", c.code, c.text)
	}
}
