package article

import "testing"

// TestExtractLangRuDidIt: a Russian verb of doing with "это" or "так" for
// the act just told copies it, its subject before or after the verb.
// Sentences written for the test.
func TestExtractLangRuDidIt(t *testing.T) {
	const act = "Соседи Норландии поздравили Майю Лунгу. "
	copied := "поздравили Майю Лунгу"
	runLangCases(t, []langCase{
		{"ru это сделали, subjects after", "ru", act + "Одними из первых это сделали президент Велории Иво Каск и премьер Норландии Лена Даль.",
			[]langRemark{{Action, "Соседи Норландии", copied}, {Action, "Иво Каск", copied}, {Action, "Лена Даль", copied}}},
		{"ru сделал это", "ru", act + "Иво Каск сделал это ещё вечером.",
			[]langRemark{{Action, "Соседи Норландии", copied}, {Action, "Иво Каск", copied}}},
		// counter-cases: a verb of doing with an object of its own, or negated
		{"ru сделал заявление", "ru", act + "Иво Каск сделал заявление.",
			[]langRemark{{Action, "Соседи Норландии", copied}}},
		// "это" determining a noun (found by review: the statement copied the act)
		{"ru сделала это заявление", "ru", act + "Лена Даль сделала это заявление в понедельник вечером.",
			[]langRemark{{Action, "Соседи Норландии", copied}}},
		{"ru сделал это публично", "ru", act + "Иво Каск сделал это публично.",
			[]langRemark{{Action, "Соседи Норландии", copied}, {Action, "Иво Каск", copied}}},
		{"ru этого не сделал", "ru", act + "Иво Каск этого так и не сделал.",
			[]langRemark{{Action, "Соседи Норландии", copied}}},
	})
}
