package article

import "testing"

// TestExtractLangColonOpenerApposition: a subject with an apposition
// between commas ("Le président de la Commission, X, est resté prudent :
// il …") is the antecedent of the pronoun after the colon (colonOpener
// steps over the comma that closes the apposition), not the last speaker;
// with no colon, nothing changes. Sentences written for the test.
func TestExtractLangColonOpenerApposition(t *testing.T) {
	const frBase = "Lena Dal a félicité Paul Mbeki. "
	runLangCases(t, []langCase{
		{"fr Le président de la Commission, le Velorien X, s'est gardé … : il", "fr", frBase + "Le président de la Commission, le Velorien Ivo Kask, s'est gardé de toute félicitation : par la voix de sa porte-parole, il a fait savoir qu'il ne pouvait pas se prononcer.",
			[]langRemark{{Action, "Lena Dal", "a félicité Paul Mbeki"}, {Reported, "Ivo Kask", "qu'il ne pouvait pas se prononcer"}}},
		{"de Der Sprecher der Kommission, X, blieb vorsichtig: Er", "de", "Lena Dal gratulierte Paul Mbeki. Der Sprecher der Kommission, Ivo Kask, blieb vorsichtig: Er sagte, man könne sich noch nicht äußern.",
			[]langRemark{{Action, "Lena Dal", "gratulierte Paul Mbeki"}, {Reported, "Ivo Kask", "man könne sich noch nicht äußern"}}},
		// counter-case: the apposition names the object of a preposition,
		// not the subject; the pronoun stays with the last person
		{"fr Avec le président de la Commission, X, Y est restée prudente : elle", "fr", frBase + "Avec le président de la Commission, Ivo Kask, elle est restée prudente : elle a fait savoir qu'elle ne pouvait pas se prononcer.",
			[]langRemark{{Action, "Lena Dal", "a félicité Paul Mbeki"}, {Reported, "Lena Dal", "qu'elle ne pouvait pas se prononcer"}}},
	})
}
