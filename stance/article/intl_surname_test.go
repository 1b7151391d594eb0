package article

import "testing"

// TestExtractLangSurname: a Russian surname alone that opens a sentence
// is the subject of the speech verb after it, also past a description
// between commas (intl_surname.go); a plural object noun that opens the
// sentence is not. Sentences written for the test.
func TestExtractLangSurname(t *testing.T) {
	const base = "Выборы в Норландии выиграл Ивар Каск. "
	runLangCases(t, []langCase{
		{"ru Петров заявил", "ru", base + "Петров заявил, что выборы были нечестными.",
			[]langRemark{{Reported, "Петров", "выборы были нечестными"}}},
		{"ru Турчинов, который …, предупреждал", "ru", base + "Турчинов, который руководил штабом, предупреждал, что делать выводы рано.",
			[]langRemark{{Reported, "Турчинов", "делать выводы рано"}}},
		{"ru Мукучян сообщил", "ru", base + "Мукучян сообщил, что явка составила 60 процентов.",
			[]langRemark{{Reported, "Мукучян", "явка составила 60 процентов"}}},
		// counter-case: an object noun opens the sentence, the senders follow
		{"ru Поздравления направили", "ru", base + "Поздравления также направили Лена Даль и Олаф Берг.",
			[]langRemark{{Action, "Лена Даль", "Поздравления также направили Лена Даль и Олаф Берг"}, {Action, "Олаф Берг", "Поздравления также направили Лена Даль и Олаф Берг"}}},
		// counter-case: a short capitalised word is no surname
		{"ru Итог", "ru", base + "Итог подвёл, что выборы закончились.", nil},
		// counter-case: a man's surname in the accusative before "который"
		// is the object, not the one who congratulates (who comes after
		// the verb and is left to the other rules)
		{"ru Петрова, который …, поздравил", "ru", base + "Петрова, который руководил штабом, ещё вчера поздравил с днём рождения президент клуба.", nil},
	})
}
