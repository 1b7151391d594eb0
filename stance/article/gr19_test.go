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
