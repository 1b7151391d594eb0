package article

import (
	"testing"

	"github.com/stancekit/stancekit/stance"
	"github.com/stretchr/testify/assert"
)

// TestGr19RuFeminineRoleGenitive: a Russian office of the first
// declension in the genitive ("главы миссии") heads the speaker phrase
// after "по словам", so the name after it is read in the nominative
// (gr19 hook in isRole). Sentences written for the test.
func TestGr19RuFeminineRoleGenitive(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru по словам главы миссии", "ru", "По словам главы миссии наблюдателей Ивара Тамма, голосование прошло с нарушениями.",
			[]langRemark{{Reported, "Ивар Тамм", "голосование прошло с нарушениями"}}},
		{"ru по словам главы делегации with a body", "ru", "По словам главы делегации ПАСЕ Ивара Тамма, итоги пока рано оценивать.",
			[]langRemark{{Reported, "Ивар Тамм", "итоги пока рано оценивать"}}},
		{"ru заявил глава, nominative unchanged", "ru", "Глава миссии Ивар Тамм заявил, что выборы прошли честно.",
			[]langRemark{{Reported, "Ивар Тамм", "выборы прошли честно"}}},
	})
	// counter-case: a genitive of a common noun is no office
	assert.False(t, russian.isRole("работы"))
	assert.True(t, russian.isRole("главы"))
}

// TestGr19RuLeftOpen: "оставил вопрос открытым" / "без ответа" is an
// act of withholding (gr19_leftopen.go); "оставил открытым посольство"
// is none. Sentences written for the test.
func TestGr19RuLeftOpen(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru question before, verb after the subject", "ru", "Вопрос о том, признает ли он итоги, посол Ивар Тамм оставил открытым.",
			[]langRemark{{Action, "Ивар Тамм", "оставил открытым"}}},
		{"ru verb, object, open", "ru", "Посол Ивар Тамм оставил этот вопрос открытым.",
			[]langRemark{{Action, "Ивар Тамм", "оставил этот вопрос открытым"}}},
		{"ru verb, object, without an answer", "ru", "Депутат Лена Дал оставила этот вопрос без ответа.",
			[]langRemark{{Action, "Лена Дал", "оставила этот вопрос без ответа"}}},
		// counter-case: "открытым" before a noun describes it
		{"ru open embassy", "ru", "Посол Ивар Тамм оставил открытым посольство в столице.", nil},
	})
	ctx := stance.Context{Winner: []string{"Ивар Каск", "Каск"}, Rivals: []string{"Олаф Берг", "Берг"}}
	assert.Equal(t, verdictWithholding, russian.actionVerdict(ctx, "оставил вопрос о поздравлениях открытым"))
	assert.Equal(t, verdictWithholding, russian.actionVerdict(ctx, "оставила вопрос без ответа"))
	assert.Equal(t, verdictNone, russian.actionVerdict(ctx, "оставил машину без колёс"))
}

// TestGr19NegationAfterBut: a negation after "но", "pero", "mais"
// negates the next verb, not the congratulation before it
// (gr19_but.go); a negation right after the recognition still counts.
// Phrases written for the test.
func TestGr19NegationAfterBut(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ивар Каск", "Каск"}, Rivals: []string{"Олаф Берг", "Берг"}}
	tests := []struct {
		name string
		l    *langLexicon
		text string
		want actionVerdict
	}{
		{"ru congratulatory message, but", &russian, "направил Каску поздравительное послание, но не обошёлся без упрёков", verdictRecognising},
		{"ru congratulated, but did not hide", &russian, "поздравил Каска, но не скрыл тревоги", verdictRecognising},
		{"es congratulated, but", &spanish, "felicitó a Kask, pero no ocultó sus dudas", verdictRecognising},
		// counter-cases: the negation in the recognition's own clause
		{"ru to congratulate not planning", &russian, "поздравлять Каска не планирует", verdictNotRecognising},
		{"de gratulierte aber nicht", &german, "gratulierte aber nicht", verdictNotRecognising},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.l.actionVerdict(ctx, tc.text))
		})
	}
}

// TestGr19RuNoAssessments: "никаких оценок давать не будем" is a verdict
// withheld on the result, so a speaker who says it with tally sheets in
// the same breath is no process reporter (lexicon_gr19.go). Sentences
// written for the test.
func TestGr19RuNoAssessments(t *testing.T) {
	ctx := stance.Context{Winner: []string{"Ивар Каск", "Каск"}, Rivals: []string{"Олаф Берг", "Берг"}}
	tests := []struct {
		name    string
		text    string
		process bool
	}{
		{"ru no assessments until the tally sheets", "пока не сверим протоколы, никаких оценок давать не будем", false},
		{"ru refrained from assessments", "до подсчёта всех бюллетеней воздерживается от оценок", false},
		// counter-case: tally sheets alone
		{"ru tally sheets delivered", "протоколы доставлены со всех участков", true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rms := []Remark{{Speaker: "Лена Дал", Text: tc.text, Kind: Reported}}
			assert.Equal(t, tc.process, processSpeakers(ctx, "ru", rms)["Лена Дал"])
		})
	}
}

// TestGr19DeRoles: "Premier", "Senatorin", "EU-Kommissar",
// "Außenbeauftragte" are offices, not parts of the name
// (lexicon_gr19.go). Sentences written for the test.
func TestGr19DeRoles(t *testing.T) {
	runLangCases(t, []langCase{
		{"de der Premier", "de", "Der slowakische Premier Ivo Kask sagte, man warte das Endergebnis ab.",
			[]langRemark{{Reported, "Ivo Kask", "man warte das Endergebnis ab"}}},
		{"de Senatorin", "de", "Senatorin Lena Dal sagte, die Wahl sei fair gewesen.",
			[]langRemark{{Reported, "Lena Dal", "die Wahl sei fair gewesen"}}},
		{"de Außenbeauftragte", "de", "Die Außenbeauftragte Lena Dal erklärte, die Union sei bereit zur Zusammenarbeit.",
			[]langRemark{{Reported, "Lena Dal", "die Union sei bereit zur Zusammenarbeit"}}},
	})
	// counter-case: a word that only contains a role is none
	assert.False(t, german.isRole("premiere"))
}

// TestGr19DeWouldNotCommit: "wollte sich nicht festlegen" declines to
// take a position, as "wollte sich nicht äußern" (lexicon_gr19.go);
// committing oneself without a negation is no such act. Sentences
// written for the test.
func TestGr19DeWouldNotCommit(t *testing.T) {
	runLangCases(t, []langCase{
		{"de wollte sich nicht festlegen", "de", "Der Premier Ivo Kask sah mehrere Sieger und wollte sich nicht festlegen.",
			[]langRemark{{Action, "Ivo Kask", "sah mehrere Sieger und wollte sich nicht festlegen"}}},
		{"de will sich noch nicht festlegen, wen", "de", "Bundespräsident Ivo Kask will sich noch nicht festlegen, wen er beauftragt.",
			[]langRemark{{Action, "Ivo Kask", "will sich noch nicht festlegen, wen er beauftragt"}}},
		{"de mochte sich nicht festlegen", "de", "Die Ministerin Lena Dal mochte sich am Montag nicht festlegen.",
			[]langRemark{{Action, "Lena Dal", "mochte sich am Montag nicht festlegen"}}},
	})
	// counter-case: no negation, no act of declining
	ix := &intl{lx: &german}
	s := "Ivo Kask wollte sich auf eine Koalition festlegen."
	toks := tokenize(nil, s, 0, len(s), nil, 0)
	assert.False(t, ix.wouldNotComment(toks, 2))
}

// TestGr19ColonLead: a verbless lead-in before a colon leaves the
// clause after it its subject, whose quotation it is
// (gr19_colonlead.go); a German quotation before the clause's last verb
// is part of the act. Sentences written for the test.
func TestGr19ColonLead(t *testing.T) {
	runLangCases(t, []langCase{
		{"de lead-in, act with an object quotation", "de", "Ähnlich die Kommission: Ihr Sprecher Ivo Kask verwies auf die Gespräche und wollte „keine Wetten auf Namen“ abschließen.",
			[]langRemark{{Action, "Ivo Kask", "verwies auf die Gespräche und wollte „keine Wetten auf Namen“ abschließen"}}},
		{"de lead-in, quotation after sprach von", "de", "Anders Moskau: Sprecher Ivo Kask sprach von „einer Wahl ohne Wahl“ und verließ den Saal.",
			[]langRemark{{Direct, "Ivo Kask", "einer Wahl ohne Wahl"}}},
		{"de bracket after a participle", "de", "Die Abgeordnete Lena Dal hat das Ergebnis „ein Debakel“ genannt.",
			[]langRemark{{Action, "Lena Dal", "hat das Ergebnis „ein Debakel“ genannt"}}},
		// counter-case: a title in capitals in a sentence of no speech
		{"de a title", "de", "Lena Dal las „Die Zeit“ gestern.", nil},
	})
	// counter-case: a colon after a quotation or too far in is no lead-in
	s := "Der lange Bericht der Wahlbeobachter aus vielen Ländern hält fest: alles ruhig."
	toks := tokenize(nil, s, 0, len(s), nil, 0)
	assert.Equal(t, -1, gr19ColonLead(toks, 0, len(toks)-1))
	s = "Ähnlich die Kommission: Ihr Sprecher Ivo Kask nannte es gut."
	toks = tokenize(nil, s, 0, len(s), nil, 0)
	assert.Equal(t, 4, gr19ColonLead(toks, 0, len(toks)-1))
}

// TestGr19Deferred: a recognition put after a condition of time
// ("bevor wir gratulieren", "erst wenn …, werden wir gratulieren",
// "прежде чем поздравлять") is postponed (gr19_deferred.go); a past act
// after "bevor" is none. Sentences written for the test.
func TestGr19Deferred(t *testing.T) {
	tests := []struct {
		name string
		l    *langLexicon
		text string
		want bool
	}{
		{"de bevor wir gratulieren", &german, "Wir prüfen das Ergebnis genau, bevor wir irgendjemandem gratulieren", true},
		{"de erst wenn", &german, "Erst wenn das amtliche Endergebnis vorliegt, werden wir gratulieren", true},
		{"de ehe anzuerkennen", &german, "Wir warten auf die Kommission, ehe wir den Sieg anerkennen", true},
		{"ru прежде чем поздравлять", &russian, "Прежде чем поздравлять победителя, мы дождёмся решения суда", true},
		{"ru до того как признать", &russian, "Мы изучим протоколы до того как признать итоги", true},
		// counter-cases: a past act after "bevor"; a recognition with no
		// condition of time
		{"de bevor er gratulierte", &german, "Bevor er gratulierte, rief er den Sieger an", false},
		{"de plain congratulation", &german, "Wir gratulieren der Siegerin herzlich", false},
		{"ru plain recognition", &russian, "Мы признаём итоги и поздравляем победителя", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assert.Equal(t, tc.want, tc.l.gr19Deferred(actionWords(tc.text)))
		})
	}
}

// TestGr19NotThinking: "dachte nicht daran, … anzuerkennen", "не
// собирается признавать" refuse a recognition flatly: an act, hostile
// (gr19_notthink.go). Sentences written for the test.
func TestGr19NotThinking(t *testing.T) {
	runLangCases(t, []langCase{
		{"de dachte nicht daran", "de", "Kanzler Ivo Kask dachte nicht daran, den Vorsprung der Union anzuerkennen.",
			[]langRemark{{Action, "Ivo Kask", "dachte nicht daran, den Vorsprung der Union anzuerkennen"}}},
		{"de denkt gar nicht daran", "de", "Die Abgeordnete Lena Dal denkt gar nicht daran, der Siegerin zu gratulieren.",
			[]langRemark{{Action, "Lena Dal", "denkt gar nicht daran, der Siegerin zu gratulieren"}}},
		{"ru не собирается признавать", "ru", "Лидер оппозиции Ивар Тамм не собирается признавать поражение.",
			[]langRemark{{Action, "Ивар Тамм", "не собирается признавать поражение"}}},
	})
	ctx := stance.Context{Winner: []string{"Lena Dal", "Dal"}, Rivals: []string{"Ivo Kask", "Kask"}}
	assert.Equal(t, verdictHostile, german.actionVerdict(ctx, "nicht daran, den Vorsprung der Union anzuerkennen"))
	assert.Equal(t, verdictHostile, russian.actionVerdict(ctx, "не думает признавать итоги"))
	// counter-cases: thinking of something else, or of recognising
	assert.False(t, german.gr19NotThinking(actionWords("dachte nicht daran, die Fenster zu schließen")))
	assert.False(t, german.gr19NotThinking(actionWords("dachte daran, der Siegerin zu gratulieren")))
	assert.False(t, russian.gr19NotThinking(actionWords("думает признать итоги")))
}

// TestGr19DeParticleAn: the particle "an" closes an inverted
// attribution ("…, kündigte X an"), and is no part of the speaker's
// name (lexicon_gr19.go). Sentences written for the test.
func TestGr19DeParticleAn(t *testing.T) {
	runLangCases(t, []langCase{
		{"de kündigte das Staatsoberhaupt an", "de", "„Ich werde mit allen Parteien sprechen“, kündigte das Staatsoberhaupt an.",
			[]langRemark{{Direct, "Staatsoberhaupt", "Ich werde mit allen Parteien sprechen"}}},
		{"de kündigte der Präsident an", "de", "„Wir warten ab“, kündigte der Präsident an.",
			[]langRemark{{Direct, "Präsident", "Wir warten ab"}}},
		// counter-case: "an" as a preposition after the speaker
		{"de an as a preposition", "de", "„Die Wahl war fair“, sagte Ivo Kask an der Universität.",
			[]langRemark{{Direct, "Ivo Kask", "Die Wahl war fair"}}},
	})
}

// TestGr19FallbackNounRun: after a person named with a title, two German
// nouns in a row ("die Führung Justiz und Medien") no longer drop the
// sentence's fallback remark (gr19_fallback.go); before one, an untitled
// name still does. Sentences written for the test.
func TestGr19FallbackNounRun(t *testing.T) {
	text := "Reaktionen\n\nDer Europapolitiker Ivo Kask brachte ein Einfrieren der Mittel ins Spiel, sollte die Führung Justiz und Medien schleifen."
	rs := ExtractLang(text, "de")
	if assert.Len(t, rs, 1) {
		assert.True(t, rs[0].Inferred)
		assert.Equal(t, "Ivo Kask", rs[0].Speaker)
		assert.Equal(t, "brachte ein Einfrieren der Mittel ins Spiel, sollte die Führung Justiz und Medien schleifen", rs[0].Text)
	}
	// counter-case: an untitled name first may be the subject
	assert.Empty(t, ExtractLang("Reaktionen\n\nLena Dal traf in Berlin den Abgeordneten Ivo Kask zum Gespräch.", "de"))
}
