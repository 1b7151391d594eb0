package article

import "testing"

// TestExtractLangTurnClause: in an interview's answer, a speech verb
// after a comma that opens a "что"/"que" clause is reported speech, not
// an incise of dialogue, so the answer is read as prose
// (intl_turnclause.go); an incise with nothing after its subject stays
// dialogue. Sentences written for the test.
func TestExtractLangTurnClause(t *testing.T) {
	const ru = "Выборы в Норландии выиграл Ивар Каск, опередив Лену Даль.\n\n— Как реагирует оппозиция?\n\n"
	const fr = "Ivo Kask a remporté l'élection en Norlande.\n\n— Comment réagit l'opposition ?\n\n"
	runLangCases(t, []langCase{
		{"ru answer with заявила, что", "ru", ru + "— Очень жёстко. Лидер оппозиции Лена Даль на заседании фракции, по данным источников, заявила, что не признает этот результат.",
			[]langRemark{{Direct, "", "Как реагирует оппозиция?"}, {Direct, "", "Очень жёстко."}, {Reported, "Лена Даль", "не признает этот результат"}}},
		{"fr answer with a affirmé que", "fr", fr + "— Durement. La cheffe de l'opposition Lena Dal, selon nos sources, a affirmé qu'elle ne reconnaîtrait pas ce résultat.",
			[]langRemark{{Direct, "", "Comment réagit l'opposition ?"}, {Direct, "", "Durement."}, {Reported, "Lena Dal", "qu'elle ne reconnaîtrait pas ce résultat"}}},
		// counter-case: a French incise after a comma stays dialogue
		{"fr incise stays", "fr", fr + "— Nous ne reconnaîtrons jamais ce résultat, a déclaré Lena Dal.",
			[]langRemark{{Direct, "", "Comment réagit l'opposition ?"}, {Direct, "Lena Dal", "Nous ne reconnaîtrons jamais ce résultat"}}},
	})
}
