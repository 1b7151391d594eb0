package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

func TestProcessSpeakers(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Ruiz", "Ruiz"}, Rivals: []string{"Pablo Gil", "Gil"}}
	tests := []struct {
		name, lang string
		texts      []string // the remarks of one speaker
		process    bool
	}{
		{"es turnout", "es", []string{"La participación rondó el 58 % y las casillas cerraron a su hora"}, true},
		{"es turnout, then a remark of another kind", "es", []string{"la participación fue del 61 %", "es un día triste para el país"}, false},
		{"es ballots ran out", "es", []string{"en varias casillas se acabaron las boletas antes del cierre"}, true},
		{"es turnout and a verdict", "es", []string{"La participación fue alta y el resultado es irreversible"}, false},
		{"es polling stations called recintos, an exit poll", "es", []string{"Entrevistamos a votantes a boca de urna en 500 recintos; el margen de error es de dos puntos"}, true},
		{"es names the winner", "es", []string{"Con el 90 % de las actas computadas, Ruiz encabeza el cómputo"}, false},
		{"es waiting for the final count", "es", []string{"esperaremos el cómputo definitivo"}, false},
		{"fr tally sheets", "fr", []string{"les procès-verbaux sont remontés sans incident"}, true},
		{"fr turnout then fraud", "fr", []string{"la participation a été faible", "ce scrutin est entaché de fraudes"}, false},
		{"pt turnout", "pt", []string{"o comparecimento chegou a 79 % e as seções fecharam sem incidentes"}, true},
		{"pt celebrates", "pt", []string{"celebrou o comparecimento recorde"}, false},
		{"de turnout", "de", []string{"die Wahlbeteiligung habe bei 76 Prozent gelegen"}, true},
		{"de defends the count", "de", []string{"verteidigte die Auszählung"}, false},
		{"de waits", "de", []string{"man werde die Auszählung der Briefwahl abwarten"}, false},
		{"ru turnout", "ru", []string{"явка составила 67 %, участки работали без сбоев"}, true},
		{"ru waits for the count", "ru", []string{"Москва выскажется после окончательного подсчёта голосов"}, false},
		{"ru the people's will", "ru", []string{"протоколы не отражают волю народа"}, false},
		{"de turnout and fraud in a compound", "de", []string{"Die Wahlbeteiligung war niedrig, es gab massiven Wahlbetrug"}, false},
		{"de turnout and the winner's title", "de", []string{"Die hohe Wahlbeteiligung ist ein Auftrag an den Wahlsieger"}, false},
		{"ru turnout and dishonesty", "ru", []string{"явка была низкой, выборы прошли нечестно"}, false},
		{"es a handover and the new government", "es", []string{"la jornada transcurrió en calma y trabajaremos con el nuevo gobierno"}, false},
		{"pt the inauguration", "pt", []string{"a transmissão do cargo será feita na posse, em 1º de janeiro"}, false},
		{"pt a date in November is no verdict", "pt", []string{"as seções fecharam às 17h do dia 3 de novembro"}, true},
		// A doubt of the count, or a demand to recount, annul or audit it,
		// is on the result.
		{"es a recount demanded", "es", []string{"Pediremos que se cuenten de nuevo las papeletas, un recuento completo"}, false},
		{"es a suspicious outage", "es", []string{"La transmisión se interrumpió tres horas, algo muy sospechoso"}, false},
		{"fr a recount demanded", "fr", []string{"le parti réclame un recomptage des bulletins dans trois régions"}, false},
		{"fr stuffed boxes", "fr", []string{"dans plusieurs bureaux, des urnes ont été bourrées"}, false},
		{"pt a recount demanded", "pt", []string{"o partido pede a recontagem dos votos de todas as urnas"}, false},
		{"de a recount demanded", "de", []string{"die Partei verlangt eine Neuauszählung der Stimmzettel in drei Bezirken"}, false},
		{"ru a recount demanded", "ru", []string{"партия требует пересчёта бюллетеней на всех участках"}, false},
		{"ru violations", "ru", []string{"на участках зафиксированы многочисленные нарушения"}, false},
		{"de turnout without incident stays a report", "de", []string{"die Auszählung verlief ohne Zwischenfälle"}, true},
		// Words that only look like a verdict.
		{"de turnout amounted to", "de", []string{"Die Wahlbeteiligung betrug nach Angaben der Wahlleitung rund 58 Prozent"}, true},
		{"de sealed boxes", "de", []string{"Nach Schließung der Wahllokale wurden die Urnen versiegelt"}, true},
		{"de fraud is no amounting", "de", []string{"Die Wahlbeteiligung war hoch, der Betrug betraf 30 Prozent der Stimmzettel"}, false},
		{"es electoral body", "es", []string{"la participación fue del 55 %, según el organismo electoral"}, true},
		{"es president-elect is a verdict", "es", []string{"las casillas cerraron y el presidente electo habló"}, false},
		{"pt voters", "pt", []string{"os eleitores enfrentaram filas longas nas seções da zona eleitoral"}, true},
		{"es voting ended", "es", []string{"la votación finalizó a las seis y la participación fue alta"}, true},
		{"es waiting in line", "es", []string{"en algunos recintos los votantes esperaron hasta tres horas en la fila"}, true},
		{"es waiting for the count is a verdict", "es", []string{"esperamos el cómputo de todas las mesas"}, false},
		{"pt the count's work", "pt", []string{"os trabalhos de apuração terminaram às 22h"}, true},
		{"fr waiting in line", "fr", []string{"les électeurs ont attendu deux heures dans les files devant les bureaux"}, true},
		{"ru volunteers", "ru", []string{"волонтёры помогали пожилым избирателям на участках"}, true},
		{"no process word", "es", []string{"La economía crecerá este año"}, false},
		{"English has no list", "en", []string{"Turnout was 61 percent"}, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var rms []Remark
			for _, s := range tc.texts {
				rms = append(rms, Remark{Speaker: "Marta Sol", Text: s, Kind: Reported})
			}
			rms = append(rms, Remark{Speaker: "Otro Señor", Text: "felicitamos a Ana Ruiz", Kind: Reported})
			got := processSpeakers(ctx, tc.lang, append(rms, Remark{Speaker: "Pablo Gil", Text: tc.texts[0], Kind: Reported}))
			assert.Equal(t, tc.process, got["Marta Sol"])
			assert.False(t, got["Otro Señor"], "a congratulation is no process report")
			assert.False(t, got["Pablo Gil"], "a candidate is no process reporter")
		})
	}
}
