package article

import (
	"strings"
	"testing"

	"github.com/stancekit/stancekit/corpus"
	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// off25Remark is an analysis for TestOff25WeakAsides: speaker, text,
// whether the judge read it as about the result, the model's label and
// probability, and whether a rule gave it.
func off25Remark(speaker, text string, about bool, l corpus.Label, p float64, byVerb bool) Analysis {
	a := Analysis{Remark: Remark{Speaker: speaker, Text: text}, AboutResult: about, ByVerb: byVerb}
	a.Prediction.Label, a.Prediction.Probability = l, p
	if about {
		a.AboutResultProbability = 0.9
	}
	return a
}

// TestOff25WeakAsides: a speaker quoted at least as much off the result
// as on it, whose on-topic remarks are weak, unruled, unrecognising
// readings naming nothing of the result, is taken off the result; a
// confident, ruled or recognising reading, a word of the result, the
// winner's name, a missed greeting or more on-topic remarks keep the
// speaker on it. Sentences written for the test.
func TestOff25WeakAsides(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	const (
		rec, wth, hos = corpus.Recognising, corpus.Withholding, corpus.Hostile
	)
	pension := off25Remark("P", "her pension had finally been paid in May", false, hos, 0.47, false)
	tests := []struct {
		name string
		on   Analysis
		more []Analysis
		off  bool
	}{
		{"weak withholding aside", off25Remark("P", "Now we will see if June comes too", true, wth, 0.48, false), nil, true},
		{"weak hostile aside", off25Remark("P", "I could not pay the rent", true, hos, 0.55, false), nil, true},
		{"weak action aside", off25Remark("P", "described the day as calm", true, wth, 0.39, false), nil, true},
		{"confident reading stays", off25Remark("P", "We will not accept this", true, hos, 0.82, false), nil, false},
		{"rule's verdict stays", off25Remark("P", "called on her rival to step aside", true, hos, 0.45, true), nil, false},
		{"recognising reading stays", off25Remark("P", "the region expects quick action", true, rec, 0.51, false), nil, false},
		{"word of the result stays", off25Remark("P", "There is no basis for saying the president did not win", true, hos, 0.51, false), nil, false},
		{"a dismissed claim stays", off25Remark("P", "dismissed the claim", true, wth, 0.37, false), nil, false},
		{"the winner named stays", off25Remark("P", "Lima will have to prove herself", true, wth, 0.45, false), nil, false},
		{"more on-topic remarks stay", off25Remark("P", "Now we will see", true, wth, 0.48, false),
			[]Analysis{off25Remark("P", "Nobody here trusts them", true, hos, 0.5, false)}, false},
		{"missed greeting keeps the speaker", off25Remark("P", "in times like these", true, wth, 0.40, false),
			[]Analysis{off25Remark("P", "spoke of a sign of stability", false, rec, 0.9, false)}, false},
		{"missed accusation keeps the speaker", off25Remark("P", "demanded a recount", true, wth, 0.40, false),
			[]Analysis{off25Remark("P", "accused the authorities of cheating", false, hos, 0.95, false)}, false},
	}
	for _, tc := range tests {
		as := append([]Analysis{pension, tc.on}, tc.more...)
		off25WeakAsidesIn(ctx, nil, as)
		assert.Equal(t, tc.off, !as[1].AboutResult, tc.name)
		assert.False(t, as[0].AboutResult, tc.name)
	}
}

// TestOff25WeakAsidesOtherSpeakers: the rule counts each speaker's
// remarks apart: another speaker's off-topic remarks do not take a
// speaker's single weak remark off the result.
func TestOff25WeakAsidesOtherSpeakers(t *testing.T) {
	as := []Analysis{
		off25Remark("A", "the buses stopped running", false, corpus.Hostile, 0.5, false),
		off25Remark("A", "the market was closed", false, corpus.Hostile, 0.5, false),
		off25Remark("B", "We shall see what happens", true, corpus.Withholding, 0.45, false),
	}
	off25WeakAsidesIn(stance.Context{}, nil, as)
	assert.True(t, as[2].AboutResult)
	// the rival is never taken off: "Sousa" with a weak aside
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	as = []Analysis{
		off25Remark("Sousa", "the buses stopped running", false, corpus.Hostile, 0.5, false),
		off25Remark("Sousa", "demanded a recount", true, corpus.Withholding, 0.4, false),
	}
	off25WeakAsidesIn(ctx, nil, as)
	assert.True(t, as[1].AboutResult)
}

// TestOff25Occupations: a vox-pop bystander described by a trade the
// lists lacked (a wine grower, a reseller, a fishwife, a pensioner) who
// speaks of their day is off the result; the same person naming the
// election or its winner stays on it. Sentences written for the test.
func TestOff25Occupations(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	tests := []struct {
		code, text, speaker string
		off                 bool
	}{
		{"de", "Der Winzer Karl Berger sagte, der Frost habe die Hälfte seiner Ernte vernichtet.", "Karl Berger", true},
		{"de", "„Wir brauchen einfach Regen“, sagte Weinbauer Karl Berger.", "Karl Berger", true},
		{"de", "Der Winzer Karl Berger sagte, die Wahl sei gestohlen worden.", "Karl Berger", false},
		{"fr", "« Je veux juste que les affaires reprennent », a dit Awa Diallo, revendeuse au marché central.", "Awa Diallo", true},
		{"fr", "« Lima a gagné, et je suis contente », a dit Awa Diallo, revendeuse au marché central.", "Awa Diallo", false},
		{"pt", "«O peixe subiu outra vez», disse a peixeira Rosa Maia.", "Rosa Maia", true},
		{"pt", "«A eleição foi roubada», disse a peixeira Rosa Maia.", "Rosa Maia", false},
		{"ru", "«Хлеб опять подорожал», — сказала пенсионерка Анна Орлова.", "Анна Орлова", true},
		{"ru", "«Выборы прошли честно», — сказала пенсионерка Анна Орлова.", "Анна Орлова", false},
	}
	for _, tc := range tests {
		off := lexicons[tc.code].offTopicSpeakers(ctx, tc.text, ExtractLang(tc.text, tc.code))
		got := false
		for s := range off {
			got = got || strings.HasSuffix(s, tc.speaker) // "Winzer Karl Berger"
		}
		assert.Equal(t, tc.off, got, "%s: %s (%v)", tc.code, tc.text, off)
	}
}

// TestOff25ServiceRole: a spokesperson or officer of a body that serves
// the public (police, refugee agency, logistics, a building's
// administration) who speaks of the service is off the result; one who
// names the election or the winner, and a party's or a government's
// spokesperson, stay on it. Sentences written for the test.
func TestOff25ServiceRole(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima"}, Rivals: []string{"Rui Sousa", "Sousa"}}
	tests := []struct {
		code, text, speaker string
		off                 bool
	}{
		{"es", "“Reforzamos las patrullas en el puerto”, informó el portavoz de la Policía, Juan Pérez.", "Juan Pérez", true},
		{"es", "“Las patrullas siguen en las calles desde el lunes”, dijo Juan Pérez, portavoz de la Policía Nacional.", "Juan Pérez", true},
		{"fr", "« Les camps sont saturés depuis avril », a indiqué Marie Dupont, porte-parole du Haut-Commissariat pour les réfugiés.", "Marie Dupont", true},
		{"de", "„Der Saal ist vorbereitet“, sagte Eva Kern, Sprecherin der Stadtverwaltung.", "Eva Kern", true},
		{"pt", "«Os camiões chegaram com dois dias de atraso», explicou Ana Costa, responsável logística da missão.", "Ana Costa", true},
		// near-misses
		{"es", "“Lima ganó limpiamente”, informó el portavoz de la Policía, Juan Pérez.", "Juan Pérez", false},
		{"es", "“Las elecciones fueron un fraude”, dijo Juan Pérez, portavoz de la Policía Nacional.", "Juan Pérez", false},
		{"es", "“Reforzamos las patrullas en el puerto”, dijo Juan Pérez, portavoz del partido.", "Juan Pérez", false},
		{"es", "“Reforzamos las patrullas en el puerto”, dijo el gobernador de Santa Cruz, Juan Pérez.", "Juan Pérez", false},
		{"de", "„Der Saal ist vorbereitet“, sagte Eva Kern, Sprecherin der Regierung.", "Eva Kern", false},
	}
	for _, tc := range tests {
		checkOffTopicSpeaker(t, ctx, tc.code, tc.text, tc.speaker, tc.off)
	}
	assert.True(t, off25ServiceWord("kongressverwaltung"))
	assert.False(t, off25ServiceWord("política"), "politics is no police")
}

// TestOff25PartisanTitle: an apposition whose title has a word of a party
// or a campaign describes a side's manager, not a commentator; a
// consultant or an analyst at a firm still is one. Phrases written for
// the test.
func TestOff25PartisanTitle(t *testing.T) {
	tests := []struct {
		rest string
		want bool
	}{
		{", a deputy campaign manager for the ruling party, said", false},
		{", a party consultant in the capital, said", false},
		{", the opposition's campaign strategist, said", false},
		{", a political consultant in the capital, said", true},
		{", a manager at a logistics firm, said", true},
		{", an analyst at a firm that advised the party, said", true},
	}
	for _, tc := range tests {
		assert.Equal(t, tc.want, commentatorApposition(tc.rest), tc.rest)
	}
}

// checkOffTopicSpeaker asserts whether the language's off-topic judge
// (offTopicSpeakers) puts speaker, named as a suffix of a speaker key, off
// the result in text.
func checkOffTopicSpeaker(t *testing.T, ctx stance.Context, code, text, speaker string, want bool) {
	t.Helper()
	off := lexicons[code].offTopicSpeakers(ctx, text, ExtractLang(text, code))
	got := false
	for s := range off {
		got = got || strings.HasSuffix(s, speaker)
	}
	assert.Equal(t, want, got, "%s: %s (%v)", code, text, off)
}
