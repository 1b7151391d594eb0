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
		{"ru cannot judge the count", "ru", "миссия пока не может судить о подсчёте голосов", false},
		{"ru no complaints about the count", "ru", "претензий к подсчёту бюллетеней у нас нет", false},
		{"ru court is no judging", "ru", "участки открылись в восемь утра, у входа дежурили приставы суда", true},
		{"fr will pronounce on the count", "fr", "la mission se prononcera sur le dépouillement plus tard", false},
		{"es will not pronounce yet", "es", "no nos pronunciaremos sobre el cómputo hasta revisar todo", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rms := []Remark{{Speaker: "Marta Sol", Text: tc.text, Kind: Reported}}
			assert.Equal(t, tc.process, processSpeakers(ctx, tc.lang, rms)["Marta Sol"])
		})
	}
}

// TestAbout23CoopWith: a remark that turns toward the new government
// (ready to work, deal or take things up with the new or incoming
// government, helping with the transition) is about the result; a
// negation, a condition, a rival named after it, a word of fraud, or a
// transition to something else is not. Sentences written for the test.
func TestAbout23CoopWith(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Ruiz", "Ruiz"}, Rivals: []string{"Luis Mora", "Mora"}}
	tests := []struct {
		name, text string
		want       bool
	}{
		{"ready to take up with the new president", "Rome was ready to take those questions up with the new president", true},
		{"work together with the incoming administration", "the ministry wants to work together with the incoming administration on trade", true},
		{"past tense, cabinet", "she said her party had worked out a plan to cooperate with the new cabinet", true},
		{"president-elect", "the bank was eager to engage with the president-elect on debt relief", true},
		{"help with the transition", "the embassy would help with the transition", true},
		{"supporting the transition", "donors are supporting the transition in every ministry", true},
		{"not ready", "the union is not ready to deal with the new government", false},
		{"refuses", "the party refuses to work with the new administration", false},
		{"until the court rules", "Madrid will work with the new president until the court rules otherwise", false},
		{"condition before", "if the count holds, we are ready to work with the new president", false},
		{"fraud in the remark", "we will not deal with the new government born of fraud", false},
		{"rival after", "we are ready to work with the new leader, Luis Mora", false},
		{"energy transition", "the fund will help with the transition to clean energy", false},
		{"no readiness word", "the talks with the new government begin on Monday", false},
		{"old government", "the ministry wants to work together with the outgoing government", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, about23CoopWith(ctx, tc.text))
		})
	}
}
