package article

import "testing"

// TestExtractLangPerfectPronoun: a German pronoun that opens a sentence in
// the perfect is the far participle's subject, the person named before
// (intl_pronoun.go). Sentences written for the test.
func TestExtractLangPerfectPronoun(t *testing.T) {
	runLangCases(t, []langCase{
		{"de Sie hatte … erklärt", "de", "Die frühere Ministerin Lena Dal liegt auf Platz zwei. Sie hatte ihre Niederlage am Abend eingeräumt und erklärt, sie respektiere die Entscheidung.",
			[]langRemark{{Action, "Lena Dal", "hatte ihre Niederlage am Abend eingeräumt"}, // the participle of conceding is an act (lexicon_gr20.go)
				{Reported, "Lena Dal", "sie respektiere die Entscheidung"}}},
		// counter-case: a pronoun inside the clause, after another word, is
		// no subject the rule takes
		{"de object pronoun", "de", "Die frühere Ministerin Lena Dal liegt auf Platz zwei. Gestern hatte man sie am Abend gesehen und erklärt, alles sei ruhig.", nil},
	})
}
