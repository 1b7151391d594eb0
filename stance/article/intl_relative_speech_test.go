package article

import "testing"

// TestExtractLangRelativeSpeech: a speech verb in a subject relative
// clause with a clause of its own after a complementizer is the speech of
// the person before the pronoun (relativeSpeech). Sentences written for
// the test.
func TestExtractLangRelativeSpeech(t *testing.T) {
	runLangCases(t, []langCase{
		{"es quien escribió que", "es", "Más duro fue el excandidato Ivo Kask, quien escribió en redes sociales que jamás reconocerá al nuevo gobierno.",
			[]langRemark{{Reported, "Ivo Kask", "jamás reconocerá al nuevo gobierno"}}},
		{"pt que afirmou que", "pt", "A reação mais dura veio de Ivo Kask, que afirmou que não reconhece o resultado.",
			[]langRemark{{Reported, "Ivo Kask", "não reconhece o resultado"}}},
		{"fr qui a déclaré que", "fr", "Le ton est autre chez Ivo Kask, qui a déclaré que le scrutin était truqué.",
			[]langRemark{{Reported, "Ivo Kask", "le scrutin était truqué"}}},
		{"fr qui dit avoir …", "fr", "Même ton chez Lena Dal, qui dit avoir félicité le vainqueur dès dimanche soir.",
			[]langRemark{{Reported, "Lena Dal", "avoir félicité le vainqueur dès dimanche soir"}}},
		// counter-case: a speech verb in a relative clause without a clause
		// of reported speech is no remark
		{"es que habló ante la prensa", "es", "Más duro fue Ivo Kask, que habló ante la prensa en Velor.", nil},
	})
}
