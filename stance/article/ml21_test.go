package article

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/stancekit/stancekit/stance"
)

// Sentences written for the tests (session 21, ml21): each rule with
// paraphrases in several languages and a near-miss it must not fire on.

// TestML21CoQuote: a quotation followed by a plural speech verb and two
// people is said by each (ml21_coquote.go); a singular verb keeps one.
func TestML21CoQuote(t *testing.T) {
	q := "Felicitamos al presidente electo"
	runLangCases(t, []langCase{
		{"es señalaron A y B", "es", "«Felicitamos al presidente electo», señalaron el canciller Pablo Ortega y la ministra de Comercio, Ana Robles.",
			[]langRemark{{Direct, "Pablo Ortega", q}, {Direct, "Ana Robles", q}}},
		{"fr ont déclaré A et B", "fr", "« Nous félicitons le président élu », ont déclaré le ministre Alain Garnier et la ministre Sophie Lemaire.",
			[]langRemark{{Direct, "Alain Garnier", "Nous félicitons le président élu"}, {Direct, "Sophie Lemaire", "Nous félicitons le président élu"}}},
		{"pt afirmaram A e B", "pt", "«Felicitamos o presidente eleito», afirmaram o ministro João Faria e a ministra Sara Gomes.",
			[]langRemark{{Direct, "João Faria", "Felicitamos o presidente eleito"}, {Direct, "Sara Gomes", "Felicitamos o presidente eleito"}}},
		{"de erklärten A und B", "de", "„Wir gratulieren dem gewählten Präsidenten“, erklärten Außenminister Jan Roth und Verteidigungsministerin Eva Koch.",
			[]langRemark{{Direct, "Jan Roth", "Wir gratulieren dem gewählten Präsidenten"}, {Direct, "Eva Koch", "Wir gratulieren dem gewählten Präsidenten"}}},
		{"ru заявили A и B", "ru", "«Мы поздравляем избранного президента», — заявили министр Олег Рябов и министр Ирина Котова.",
			[]langRemark{{Direct, "Олег Рябов", "Мы поздравляем избранного президента"}, {Direct, "Ирина Котова", "Мы поздравляем избранного президента"}}},
		// near-miss: a singular verb, the second name inside an object
		{"es dijo A, y B no", "es", "«Felicitamos al presidente electo», dijo el canciller Pablo Ortega y añadió que viajará pronto.",
			[]langRemark{{Direct, "Pablo Ortega", q}}},
	})
}

// TestML21PeopleOnly: congratulating the people and not the winner
// withholds (GUIDELINES rule 6, ml21_people.go); the people and the
// winner together, or the winner by name, recognise.
func TestML21PeopleOnly(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Olaf Berg", "Berg"}}
	cases := []struct {
		l    *langLexicon
		text string
		want actionVerdict
	}{
		{&spanish, "felicitó al pueblo por su ejemplar jornada cívica", verdictWithholding},
		{&french, "a félicité le peuple pour sa maturité démocratique", verdictWithholding},
		{&portuguese, "felicitou o povo pela jornada cívica", verdictWithholding},
		{&german, "gratulierte dem Volk zu seiner demokratischen Reife", verdictWithholding},
		{&russian, "поздравил народ с демократической зрелостью", verdictWithholding},
		{&spanish, "felicitó a los ciudadanos por la alta participación", verdictWithholding},
		{&french, "a adressé au peuple ses félicitations pour le bon déroulement du scrutin", verdictWithholding},
		{&spanish, "envió al pueblo sus felicitaciones por la jornada", verdictWithholding},
		// near-misses: the winner too, by name or by title; a greeting sent to the winner
		{&spanish, "envió sus felicitaciones a Kask", verdictRecognising},
		{&spanish, "felicitó al pueblo y al presidente electo", verdictRecognising},
		{&french, "a félicité le peuple et Kask pour sa victoire", verdictRecognising},
		{&german, "gratulierte Kask und dem Volk", verdictRecognising},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, c.l.actionVerdict(ctx, c.text), c.text)
	}
}

// TestML21RecountRefusal: a refusal to concede that asks for a recount
// withholds (GUIDELINES rule 13, ml21_recount.go); with fraud, or with no
// recount, it stays hostile.
func TestML21RecountRefusal(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ivo Kask", "Kask"}, Rivals: []string{"Olaf Berg", "Berg"}}
	cases := []struct {
		l    *langLexicon
		text string
		want actionVerdict
	}{
		{&spanish, "se negó a reconocer la derrota y pidió un recuento en tres provincias", verdictWithholding},
		{&french, "a refusé de reconnaître sa défaite et exigé un recomptage", verdictWithholding},
		{&portuguese, "recusou-se a reconhecer a derrota e exigiu uma recontagem", verdictWithholding},
		{&russian, "отказалась признать поражение и потребовала пересчета голосов", verdictWithholding},
		// near-misses: fraud alleged, or no recount asked
		{&spanish, "se negó a reconocer la derrota, denunció un fraude y pidió un recuento", verdictHostile},
		{&french, "a refusé de reconnaître sa défaite", verdictHostile},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, c.l.actionVerdict(ctx, c.text), c.text)
	}
}

// TestML21DashItem: the first dash item of a list with no colon before it
// is prose when it opens with a named person and their verb
// (ml21_dashitem.go); a turn of speech is not.
func TestML21DashItem(t *testing.T) {
	runLangCases(t, []langCase{
		{"es first item after a full stop", "es", "Kask gana\n\nLIMA — Ivo Kask ganó las elecciones. Estas fueron algunas reacciones.\n\n— El presidente de Chile, Tomás Ibarra, felicitó a Kask por su victoria.\n\n— El canciller de Perú, Julio Manrique, dijo que esperará los resultados definitivos.\n",
			[]langRemark{{Action, "Tomás Ibarra", "felicitó a Kask por su victoria"}, {Reported, "Julio Manrique", "esperará los resultados definitivos"}}},
		{"pt first item after a full stop", "pt", "Kask vence\n\nLISBOA — Ivo Kask venceu as eleições. Estas foram as reações.\n\n— O presidente de Angola, Manuel Neto, felicitou Kask pela vitória.\n",
			[]langRemark{{Action, "Manuel Neto", "felicitou Kask pela vitória"}}},
		{"fr first item after a full stop", "fr", "Kask élu\n\nPARIS — Ivo Kask a remporté l'élection. Voici les réactions.\n\n— Le président chilien, Marc Roux, a félicité Kask pour sa victoire.\n",
			[]langRemark{{Action, "Marc Roux", "a félicité Kask pour sa victoire"}}},
		// near-miss: a turn of speech naming no one as its subject
		{"es turn of speech", "es", "Ortega\n\nLIMA — Ivo Kask ganó las elecciones. El opositor Luis Ortega habló con la prensa.\n\n—Esto fue un robo y no lo vamos a aceptar.\n",
			[]langRemark{{Direct, "", "Esto fue un robo y no lo vamos a aceptar."}}},
	})
}

// TestML21SubjectPastAside: the subject of a speech verb after a
// quotation, past an adverb or an aside between commas (ml21_aside.go).
func TestML21SubjectPastAside(t *testing.T) {
	runLangCases(t, []langCase{
		{"de erklärte dagegen X", "de", "„Das Volk hat entschieden“, erklärte dagegen der scheidende Präsident Lukas Weiß.",
			[]langRemark{{Direct, "Lukas Weiß", "Das Volk hat entschieden"}}},
		{"ru заявил, в свою очередь, X", "ru", "«Народ сделал выбор», — заявил, в свою очередь, уходящий президент Лев Жуков.",
			[]langRemark{{Direct, "Лев Жуков", "Народ сделал выбор"}}},
		{"es afirmó, por su parte, X", "es", "«El pueblo ha hablado», afirmó, por su parte, el presidente saliente Jorge Luna.",
			[]langRemark{{Direct, "Jorge Luna", "El pueblo ha hablado"}}},
		{"de sagte hingegen X", "de", "„Wir respektieren das Ergebnis“, sagte hingegen Altkanzler Otto Brenner.",
			[]langRemark{{Direct, "Otto Brenner", "Wir respektieren das Ergebnis"}}},
		// near-miss: the aside is followed by no person
		{"de sagte dagegen, niemand", "de", "„Wir respektieren das Ergebnis“, sagte dagegen ein Sprecher am Abend.",
			[]langRemark{{Direct, "", "Wir respektieren das Ergebnis"}}},
	})
}

// TestML21ObjectQuote: a short quotation that is the whole object of a
// verb and ends the sentence is its subject's remark (ml21_objectquote.go);
// one in mid-sentence stays a scare quote inside the act.
func TestML21ObjectQuote(t *testing.T) {
	runLangCases(t, []langCase{
		{"es denunció «…».", "es", "La candidata Lucía Paredes denunció «un fraude descarado».",
			[]langRemark{{Direct, "Lucía Paredes", "un fraude descarado"}}},
		{"fr a dénoncé « … ».", "fr", "La candidate Claire Dumas a dénoncé « un scrutin truqué ».",
			[]langRemark{{Direct, "Claire Dumas", "un scrutin truqué"}}},
		{"pt denunciou «…».", "pt", "A candidata Beatriz Lopes denunciou «uma fraude descarada».",
			[]langRemark{{Direct, "Beatriz Lopes", "uma fraude descarada"}}},
		{"ru заявила о «…».", "ru", "Анна Белова заявила о «подтасовке».",
			[]langRemark{{Direct, "Анна Белова", "подтасовке"}}},
		{"ru X, напротив, заявила о «…».", "ru", "Анна Белова, напротив, заявила о «массовых фальсификациях».",
			[]langRemark{{Direct, "Анна Белова", "массовых фальсификациях"}}},
		// near-miss: the quotation in mid-sentence is part of the act
		{"fr a dénoncé « … » et appelé", "fr", "La candidate Claire Dumas a dénoncé « un scrutin truqué » et appelé à manifester.",
			[]langRemark{{Action, "Claire Dumas", "a dénoncé « un scrutin truqué » et appelé à manifester"}}},
	})
}

// TestML21PluralSpeechVerb: a plural speech verb whose singular the
// lexicon knows attributes a quotation (ml21_pluralverb.go), also past an
// adverbial before its subjects (ml21_coquote.go); a plural of no speech
// verb does not.
func TestML21PluralSpeechVerb(t *testing.T) {
	q := "Respetamos la decisión soberana"
	runLangCases(t, []langCase{
		{"es subrayaron en un comunicado A y B", "es", "«Respetamos la decisión soberana», subrayaron en un comunicado el presidente del Senado, Jaime Vera, y la vicepresidenta, Olga Ruiz.",
			[]langRemark{{Direct, "Jaime Vera", q}, {Direct, "Olga Ruiz", q}}},
		{"pt afirmaram A e B", "pt", "«Aceitamos o resultado», afirmaram o ministro Pedro Lima e a ministra Ana Tavares.",
			[]langRemark{{Direct, "Pedro Lima", "Aceitamos o resultado"}, {Direct, "Ana Tavares", "Aceitamos o resultado"}}},
		{"ru отметили A и B", "ru", "«Приветствуем избрание нового президента», — отметили спикер парламента Олег Крылов и вице-премьер Вера Зайцева.",
			[]langRemark{{Direct, "Олег Крылов", "Приветствуем избрание нового президента"}, {Direct, "Вера Зайцева", "Приветствуем избрание нового президента"}}},
	})
	for w, want := range map[string]bool{"subrayaron": true, "afirmaron": true, "compraron": false, "llegaron": false} {
		ix := &intl{lx: &spanish}
		assert.Equal(t, want, ix.ml21PluralOfSpeech(w) || spanish.speechVerbs[w], w)
	}
}
