package article

import "testing"

// TestExtractLangComplementArticle: an office whose complement opens with
// a contracted article ("chef du gouvernement") ends before the verb's
// negation; the speaker's own office ("son gouvernement") still takes its
// lower-case words. Sentences written for the test.
func TestExtractLangComplementArticle(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr du complement, negated verb", "fr", "Ivo Kask a fixé la ligne de son camp. L'ancien chef du gouvernement ne reconnaît pas le résultat.",
			[]langRemark{{Action, "Ivo Kask", "ne reconnaît pas le résultat"}}},
		{"fr de son complement, negated verb", "fr", "Ivo Kask a pris la parole. Le chef de son parti ne reconnaît pas le résultat.",
			[]langRemark{{Action, "Ivo Kask", "ne reconnaît pas le résultat"}}},
		// counter-cases: a person named with another office is not the one
		// meant; a definite office without a complement was read before
		{"fr other office", "fr", "La ministre Lena Dal a parlé. Le chef du gouvernement ne reconnaît pas le résultat.",
			[]langRemark{{Action, "chef du gouvernement", "ne reconnaît pas le résultat"}}},
		// a definite office without a complement was read before
		{"fr plain office", "fr", "Ivo Kask a fixé la ligne de son camp. L'ancien ministre ne reconnaît pas le résultat.",
			[]langRemark{{Action, "Ivo Kask", "ne reconnaît pas le résultat"}}},
	})
}

// TestExtractLangPossessedTitle: a German noun after a possessive
// determiner is the title of the person named after it, not their given
// name. Sentences written for the test.
func TestExtractLangPossessedTitle(t *testing.T) {
	runLangCases(t, []langCase{
		{"de sein Partner", "de", "Sein Bündnispartner Ivo Kask sagte, die Wahl sei frei gewesen.",
			[]langRemark{{Reported, "Ivo Kask", "die Wahl sei frei gewesen"}}},
		{"de ihr Mitstreiter", "de", "Ihr Mitstreiter Ivo Kask sprach von einem gestohlenen Sieg: „Dieser Präsident wurde nicht gewählt.“",
			[]langRemark{{Direct, "Ivo Kask", "Dieser Präsident wurde nicht gewählt."}}},
		// counter-case: without a possessive the words are the name
		{"de name alone", "de", "Lena Ivo Kask sagte, die Wahl sei frei gewesen.",
			[]langRemark{{Reported, "Lena Ivo Kask", "die Wahl sei frei gewesen"}}},
	})
}
