package article

import "testing"

// TestExtractLangSlashSubject: an act whose subject joins two bodies with
// a slash shares the clause of the speech it is reported in, and
// imperfective Russian verbs of saying report a clause. Sentences written
// for the test.
func TestExtractLangSlashSubject(t *testing.T) {
	runLangCases(t, []langCase{
		{"ru напоминал, slash subject", "ru", "Председатель парламента Иво Каск напоминал, что наблюдатели ВЕЛ/НОРД признали выборы конкурентными.",
			[]langRemark{{Reported, "Иво Каск", "наблюдатели ВЕЛ/НОРД признали выборы конкурентными"}, {Action, "НОРД", "наблюдатели ВЕЛ/НОРД признали выборы конкурентными"}}},
		{"ru подчеркивала", "ru", "Депутат Лена Даль подчеркивала, что фальсификации шли повсеместно.",
			[]langRemark{{Reported, "Лена Даль", "фальсификации шли повсеместно"}}},
		// counter-case: no slash, words before the subject: the act keeps its
		// own text, as before
		{"ru no slash", "ru", "Председатель парламента Иво Каск напомнил, что вчера вечером наблюдатели Велории признали выборы конкурентными.",
			[]langRemark{{Action, "наблюдатели Велории", "признали выборы конкурентными"}}},
	})
}
