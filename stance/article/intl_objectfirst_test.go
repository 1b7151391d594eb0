package article

import "testing"

// TestExtractLangObjectFirstAct: a Russian act of признать told object
// first with its subject after the verb is an act whose text holds its
// object and negation (intl_objectfirst.go); with a clause after it the
// verb is speech. Sentences written for the test.
func TestExtractLangObjectFirstAct(t *testing.T) {
	const base = "Выборы в Норландии выиграл Ивар Каск. "
	runLangCases(t, []langCase{
		{"ru Итоги не признал глава МИД X", "ru", base + "Итоги выборов не признал глава МИД Велора Олаф Берг.",
			[]langRemark{{Action, "Олаф Берг", "Итоги выборов не признал глава МИД Велора Олаф Берг"}}},
		{"ru Поражение признал кандидат X", "ru", base + "Поражение признал кандидат от оппозиции Олаф Берг.",
			[]langRemark{{Action, "Олаф Берг", "Поражение признал кандидат от оппозиции Олаф Берг"}}},
		// counter-case: with a clause, признал is speech
		{"ru признал, что", "ru", base + "Кандидат от оппозиции Олаф Берг признал, что выборы прошли честно.",
			[]langRemark{{Reported, "Олаф Берг", "выборы прошли честно"}}},
	})
}
