package article

import "testing"

// TestExtractLangRuPhone: a Russian call to a person in the dative right
// before the verb, told alone, is an act of the caller named after the
// verb, and the one called is no subject (intl_ruphone.go); a call with
// a purpose of its own is left to the other rules. Sentences written for
// the test.
func TestExtractLangRuPhone(t *testing.T) {
	const base = "Выборы в Норландии выиграл Ивар Каск. "
	runLangCases(t, []langCase{
		{"ru Каску позвонил председатель X", "ru", base + "В тот же день Каску позвонил председатель Еврокомиссии Олаф Берг.",
			[]langRemark{{Action, "Олаф Берг", "позвонил председатель Еврокомиссии Олаф Берг"}}},
		{"ru Каску позвонил X:", "ru", base + "В четверг Каску позвонил Олаф Берг: он пожелал ему успехов.",
			[]langRemark{{Action, "Олаф Берг", "позвонил Олаф Берг"}, {Action, "Олаф Берг", "пожелал ему успехов"}}},
		// counter-case: a purpose of its own
		{"ru позвонил, чтобы", "ru", base + "Каску позвонил Олаф Берг, чтобы обсудить цены на газ.", nil},
		// counter-case: a caller who is no named person leaves the one
		// called no subject either
		{"ru позвонил его адвокат", "ru", base + "В тот же день Петрову позвонил его адвокат.", nil},
	})
}
