package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestAbout23TheftIsVerdict: a remark that says the vote was stolen,
// rigged or its lists faked judges the result even when it names the
// polling stations or the voter cards (about23Verdict); a report of the
// stations, the lists or the turnout alone stays a process report, and
// a word that only opens like a theft ("robusta", "Украина") is none.
// Sentences written for the test.
func TestAbout23TheftIsVerdict(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Ruiz", "Ruiz"}, Rivals: []string{"Luis Mora", "Mora"}}
	tests := []struct {
		name, lang, text string
		process          bool
	}{
		{"es stolen at the tables", "es", "a nuestro candidato le robaron la elección en las mesas", false},
		{"es they steal at the booths", "es", "nos roban los votos en las casillas y nadie dice nada", false},
		{"es rigged tally sheets (condemn list)", "es", "las actas de las mesas fueron amañadas", false},
		{"es robust turnout is no theft", "es", "hubo una participación robusta en las mesas del norte", true},
		{"es tables alone", "es", "las mesas abrieron a las siete y cerraron a las seis", true},
		{"fr faked lists", "fr", "évoque des listes trafiquées et des cartes en double dans plusieurs bureaux", false},
		{"fr stolen in the stations", "fr", "on nous a volé l'élection dans les bureaux de vote", false},
		{"fr falsified records (condemn list)", "fr", "des procès-verbaux falsifiés ont circulé", false},
		{"fr turnout alone", "fr", "la participation a atteint 62 % dans les bureaux de la capitale", true},
		{"pt stolen ballot boxes", "pt", "roubaram a eleição nas urnas do interior", false},
		{"pt queue alone", "pt", "a fila na seção 12 durou duas horas", true},
		{"de stolen count", "de", "die Stimmzettel wurden in vielen Wahllokalen geklaut", false},
		{"de counting alone", "de", "die Auszählung in den Wahllokalen dauerte bis Mitternacht", true},
		{"ru stolen votes", "ru", "голоса на участках украли", false},
		{"ru Ukraine is no theft", "ru", "явка на участках для граждан Украины была высокой", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rms := []Remark{{Speaker: "Marta Sol", Text: tc.text, Kind: Reported}}
			assert.Equal(t, tc.process, processSpeakers(ctx, tc.lang, rms)["Marta Sol"])
		})
	}
}
