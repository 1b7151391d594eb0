package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestOff29Bystanders: a bystander described by a fronted description, a
// German craft master's or poll worker's compound, a constitutional
// jurist's title, a market in the apposition or a scene of a place
// opening the sentence before a bare name is off the result; a
// fronted office, a mayor, a human-rights activist and a bystander naming
// a theft of the vote stay on it, and a referendum's "no" side is not read
// in a bystander's "no". Sentences written for the test.
func TestOff29Bystanders(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ana Lima", "Lima", "Ана Лима"}, Rivals: []string{"Rui Sousa", "Sousa", "Руи Соуза"}}
	referendum := stance.Context{Winner: []string{"Sí", "el sí"}, Rivals: []string{"No", "el no"}}
	tests := []struct {
		name, code, text, speaker string
		ctx                       stance.Context
		off                       bool
	}{
		{"fr fronted trade", "fr", "Vendeuse de poisson au port de Sambe, Awa Sylla raconte : « Depuis lundi, la glace manque. »", "Awa Sylla", ctx, true},
		{"de fronted poll worker", "de", "Eine Wahlbeisitzerin aus Leipzig, Karla Brandner, erzählte: „Gegen Mittag wurde es ruhig.“", "Karla Brandner", ctx, true},
		{"es fronted market", "es", "En el mercado de San Roque, Luis Mamani contó que la harina había subido otra vez.", "Luis Mamani", ctx, true},
		{"de craft master", "de", "„Die Leute wollen wissen, ob der Bus fährt“, sagte Fleischermeisterin Ute Kehr.", "Fleischermeisterin Ute Kehr", ctx, true},
		{"de poll worker compound", "de", "„Morgens war die Schlange lang“, berichtete der Wahlhelfer Tobias Renn.", "Wahlhelfer Tobias Renn", ctx, true},
		{"pt market apposition", "pt", "«O arroz subiu outra vez», disse Joana Macuácua, vendedora no mercado de Xipamanine.", "Joana Macuácua", ctx, true},
		{"ru market apposition", "ru", "«Мука подорожала вдвое», — рассказала Нина Гусева, торгующая сыром на рынке.", "Нина Гусева", ctx, true},
		{"ru Ukrainian is no theft", "ru", "«Никто не знает, будут ли работать украинские магазины», — сказала пенсионерка Оксана Левченко.", "Оксана Левченко", ctx, true},
		{"es referendum no", "es", "Teresa Vall, jubilada de 70 años, contaba: «No me moví de la puerta hasta que cerraron».", "Teresa Vall", referendum, true},
		{"es scene then name", "es", "En un campamento cerca de Tumaco, Rosa Angulo contó que lleva tres meses sin ver a sus hijos.", "Rosa Angulo", ctx, true},
		{"pt scene then name", "pt", "Numa paragem do Alto Maé, Rita Nhaca contava que esperava havia duas horas.", "Rita Nhaca", ctx, true},
		{"fr scene in two parts", "fr", "Au quartier Nzeng, après la pluie, Awa Sylla raconte : « La glace manque. »", "Awa Sylla", ctx, true},
		// near-misses
		{"scene then a description", "es", "En Bruselas, un portavoz de la Comisión, Marco Ferri, dijo que la Unión espera el informe.", "Marco Ferri", ctx, false},
		{"figurative opener", "pt", "Na mesma linha, Rita Nhaca disse que esperava havia duas horas.", "Rita Nhaca", ctx, false},
		{"scene with a verdict", "fr", "Dans un bureau de Treichville, Koffi Yao a expliqué que le scrutin avait été volé.", "Koffi Yao", ctx, false},
		{"fr fronted office", "fr", "Ancien ministre de l'Intérieur, Paul Ndong a dénoncé une mascarade.", "Paul Ndong", ctx, false},
		{"de mayor", "de", "„Wir werden gut zusammenarbeiten“, sagte Oberbürgermeister Jan Kessler.", "Oberbürgermeister Jan Kessler", ctx, false},
		{"ru theft of votes", "ru", "«У нас украли голоса», — сказала пенсионерка Галина Орлова.", "Галина Орлова", ctx, false},
		{"es referendum side named", "es", "Teresa Vall, jubilada de 70 años, contaba: «Ganó el sí y lo celebramos».", "Teresa Vall", referendum, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertOffResult(t, tc.code, tc.ctx, tc.text, tc.speaker, tc.off)
		})
	}
}

// assertOffResult checks that ExtractLang finds speaker in text and that
// the off-topic and commentator readings together put them off the result
// (off) or leave them on it.
func assertOffResult(t *testing.T, code string, ctx stance.Context, text, speaker string, off bool) {
	t.Helper()
	lx := lexicons[code]
	rs := ExtractLang(text, code)
	found := false
	for _, rm := range rs {
		found = found || rm.Speaker == speaker
	}
	assert.True(t, found, "speaker %q in %v", speaker, rs)
	got := lx.offTopicSpeakers(ctx, text, rs)[speaker] || lx.commentatorSpeakers(text, rs)[speaker]
	assert.Equal(t, off, got, "%s: %v", text, rs)
}

// TestOff29Titles: the German title lists (commentatorWord, occupation).
func TestOff29Titles(t *testing.T) {
	for w, want := range map[string]bool{
		"verfassungsrechtlerin": true, "staatsrechtler": true, "bäckermeister": true,
		"tischlermeisterin": true, "wahlbeisitzer": true,
		"menschenrechtler": false, "bürgermeister": false, "oberbürgermeisterin": false, "meister": false,
	} {
		assert.Equal(t, want, german.occupation(w), w)
	}
}
