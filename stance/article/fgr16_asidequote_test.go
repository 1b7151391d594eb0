package article

import "testing"

// TestFgr16OwnVerbQuote: a quotation after the subject's own speech verb
// and an aside is the subject's (ownSpeechVerb, fgr16_asidequote.go),
// also when a long office the phrase rules do not parse names the subject
// after an opening adverbial (longOfficeAt, fgr16_openeroffice.go), and
// after a reflexive pluperfect (lexicon_fgr16.go). Sentences written for
// the test.
func TestFgr16OwnVerbQuote(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr aside after the verb", "fr", "Lena Dal s'est contentée, lundi, de « prendre note du résultat en attendant la suite ».",
			[]langRemark{{Direct, "Lena Dal", "prendre note du résultat en attendant la suite"}}},
		{"fr aside after a pluperfect", "fr", "Lena Dal s'était contentée, avant l'arrêt, de « prendre note du résultat en attendant la suite ».",
			[]langRemark{{Direct, "Lena Dal", "prendre note du résultat en attendant la suite"}}},
		{"fr pluperfect, long office after a place", "fr", "À Velor, un haut responsable de l'Union des îles du Nord, Ivo Kask, s'était borné, avant l'arrêt, à « prendre note du résultat en attendant la suite ».",
			[]langRemark{{Direct, "Ivo Kask", "prendre note du résultat en attendant la suite"}}},
		// counter-case: the speech verb is another subject's, in a clause
		// of its own
		{"fr another subject's verb", "fr", "Ivo Kask a appris que Lena Dal avait parlé, lundi, d'une « mascarade indigne de notre pays ».",
			[]langRemark{{Direct, "", "mascarade indigne de notre pays"}}},
	})
}
