package article

import "testing"

// TestFgr16RussianIncise: a Russian incise of a speech verb and a pronoun
// between commas gives the clause around it to the pronoun's antecedent;
// the clause before a colon is read on its own (ruInciseSentence,
// fgr16_ruincise.go). Sentences written for the test.
func TestFgr16RussianIncise(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru incise", "ru", "Иво Каск выступил в понедельник. Его команда, объяснил он, пока сверяет собственные подсчёты с данными ЦИК.",
			[]langRemark{{Reported, "Иво Каск", "Его команда, объяснил он, пока сверяет собственные подсчёты с данными ЦИК"}}},
		{"ru incise after a colon", "ru", "Иво Каск выступил в понедельник. Выборы он назвал честными, но с поздравлениями повременил: его команда, объяснил он, пока сверяет подсчёты.",
			[]langRemark{{Action, "Иво Каск", "назвал честными, но с поздравлениями повременил"}, {Reported, "Иво Каск", "его команда, объяснил он, пока сверяет подсчёты"}}},
		// counter-case: a verb the rules know before the incise leaves the
		// sentence to the other rules, which give it to its own subject
		{"ru verb before the incise", "ru", "Иво Каск выступил в понедельник. Лена Даль поздравила победителя, добавил он.",
			[]langRemark{{Reported, "Лена Даль", "Лена Даль поздравила победителя"}}},
	})
}
