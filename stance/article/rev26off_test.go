package article

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestRev26offVerdictKeepsSpeaker: a public servant or a bystander
// (off25_service.go, off25Occupations) whose remark gives a verdict on the
// vote without a word of the election — theft, cheating, winning, the
// country's decision — stays on the result; the same people on patrols,
// prices or roads stay off it, also with a word that only looks like one
// ("Decidimos reforzar", "Je ne gagne plus rien"). Sentences written for
// the test.
func TestRev26offVerdictKeepsSpeaker(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	tests := []struct {
		code, text, speaker string
		off                 bool
	}{
		{"es", "«Nos robaron el país delante de nuestros ojos», dijo Luis Prado, portavoz de la Policía.", "Luis Prado", false},
		{"es", "«Nadie nos va a quitar lo que decidió el país», dijo Luis Prado, portavoz de la Policía Nacional.", "Luis Prado", false},
		{"pt", "«Quem ganhou foi ela, e vamos respeitar isso», disse Jorge Lopes, porta-voz da Polícia.", "Jorge Lopes", false},
		{"de", "„Das Land hat entschieden, und wir schützen das“, sagte Karl Maier, Sprecher der Polizei.", "Karl Maier", false},
		{"de", "„Die haben uns betrogen“, sagte die Lehrerin Maria Huber.", "Maria Huber", false},
		{"fr", "« Elle a gagné honnêtement », a dit Awa Diallo, marchande au marché central.", "Awa Diallo", false},
		{"ru", "«Эти цифры нарисовали в кабинетах», — сказала продавщица Анна Орлова.", "Анна Орлова", false},
		// near-misses: the service or the day, off the result
		{"es", "«Decidimos reforzar las patrullas en los puentes», dijo Andrés Gil, portavoz de la Policía.", "Andrés Gil", true},
		{"fr", "« Je ne gagne plus rien avec ces prix », a dit Fatou Sow, marchande au marché central.", "Fatou Sow", true},
		{"pt", "«O peixe subiu outra vez», disse a peixeira Rosa Maia.", "Rosa Maia", true},
		{"de", "„Die Führung durch die Altstadt fällt aus“, sagte die Kellnerin Eva Roth.", "Eva Roth", true},
	}
	for _, tc := range tests {
		checkOffTopicSpeaker(t, ctx, tc.code, tc.text, tc.speaker, tc.off)
	}
}

// TestRev26offSettles: a hedge pointing to the court or the count, or in
// another language a remark with a word of the election, is not a weak
// aside however weakly it is read: the speaker keeps it. A weak aside
// with neither still goes. Sentences written for the test.
func TestRev26offSettles(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	tests := []struct {
		code, text string
		keep       bool
	}{
		{"", "The Supreme Court must have the last word on this", true},
		{"", "Let the judges decide", true},
		{"", "We will wait for the recount in the north", true},
		{"", "The tally will tell us", true},
		{"es", "Esperaremos a que se pronuncie el tribunal", true},
		{"fr", "Nous attendrons les résultats définitifs", true},
		{"ru", "Подождём итогов", true},
		// near-misses: weak asides of the day
		{"", "Now we will see if June comes too", false},
		{"", "I could not pay my suppliers", false},
		{"es", "Ahora veremos si llega junio", false},
	}
	for _, tc := range tests {
		off := off25Remark("P", "the new road to the border opens next month", false, corpus.Recognising, 0.48, false)
		on := off25Remark("P", tc.text, true, corpus.Withholding, 0.38, false)
		as := []Analysis{off, on}
		off25WeakAsidesIn(ctx, lexicons[tc.code], as)
		assert.Equal(t, tc.keep, as[1].AboutResult, "%s: %s", tc.code, tc.text)
		assert.Equal(t, tc.keep, rev26offSettles(lexicons[tc.code], tc.text), "%s: %s", tc.code, tc.text)
	}
}

// TestRev26offGoverning: an administration that governs a territory
// (transitional, military, civil, the UN's) is no public service; a
// building's or a town's administration still is. Words written for the
// test.
func TestRev26offGoverning(t *testing.T) {
	for w, service := range map[string]bool{
		"un-übergangsverwaltung": false, "übergangsverwaltung": false, "militärverwaltung": false, "zivilverwaltung": false,
		"kongressverwaltung": true, "stadtverwaltung": true, "unternehmensverwaltung": true, "un-verwaltung": false, "landespolizei": true,
	} {
		assert.Equal(t, service, off25ServiceWord(w), w)
	}
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	text := "Der Sprecher der UN-Übergangsverwaltung, Jan Keller, sagte: „Die neue Führung kann auf unsere Unterstützung zählen.“"
	off := lexicons["de"].offTopicSpeakers(ctx, text, ExtractLang(text, "de"))
	got := false
	for s := range off {
		got = got || strings.HasSuffix(s, "Jan Keller")
	}
	assert.False(t, got, "%s (%v)", text, off)
	// the same remark by a town administration's spokesman is off the result
	text = "Der Sprecher der Stadtverwaltung, Jan Keller, sagte: „Der Saal ist vorbereitet.“"
	got = false
	for s := range lexicons["de"].offTopicSpeakers(ctx, text, ExtractLang(text, "de")) {
		got = got || strings.HasSuffix(s, "Jan Keller")
	}
	assert.True(t, got, text)
}
