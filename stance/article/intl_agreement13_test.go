package article

import "testing"

// TestExtractLangFrenchAgreement: a French participle that agrees with a
// feminine or plural subject ("s'est contentée de", "se sont dits") is
// read as the listed masculine form (frenchAgreed); a word in -ée that is
// no listed verb stays no verb. Sentences written for the test.
func TestExtractLangFrenchAgreement(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr La présidente …, X, qui …, s'est contentée de prendre acte", "fr", "Paul Mbeki a été proclamé vainqueur. La présidente de la Commission, Lena Dal, qui n'avait pas envoyé d'observateurs, s'est contentée de prendre acte de la proclamation.",
			[]langRemark{{Action, "Lena Dal", "s'est contentée de prendre acte de la proclamation"}}},
		{"fr la ministre X s'est dite", "fr", "Paul Mbeki a été proclamé vainqueur. La ministre Lena Dal s'est dite préoccupée par les violences.",
			[]langRemark{{Action, "Lena Dal", "s'est dite préoccupée par les violences"}}},
		// counter-case: "préoccupée" is no verb of the lists
		{"fr la ministre X, préoccupée, a déclaré que", "fr", "La ministre Lena Dal, préoccupée, a déclaré que le scrutin était truqué.",
			[]langRemark{{Reported, "Lena Dal", "le scrutin était truqué"}}},
	})
}
