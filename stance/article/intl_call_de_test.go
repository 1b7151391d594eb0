package article

import "testing"

// TestExtractLangGermanCall: a country's genitive before a name is a
// title ("Serbiens X"), a call told alone is an act ("rief an"), and a
// main clause joined by a comma has its subject (intl_call.go,
// intl_demonym.go). Sentences written for the test.
func TestExtractLangGermanCall(t *testing.T) {
	runLangCases(t, []langCase{
		{"de Valmoriens X gratulierte", "de", "Valmoriens Lena Dal gratulierte dem Wahlsieger.",
			[]langRemark{{Action, "Lena Dal", "gratulierte dem Wahlsieger"}}},
		{"de given name ending in s stays", "de", "Hans Peter Berg gratulierte dem Wahlsieger.",
			[]langRemark{{Action, "Hans Peter Berg", "gratulierte dem Wahlsieger"}}},
		{"de …, X rief an, …", "de", "Präsident Paul Berg schickte ein Telegramm, Valmoriens Lena Dal rief an, und Eva Lind schwieg.",
			[]langRemark{{Action, "Paul Berg", "schickte ein Telegramm"}, {Action, "Lena Dal", "rief an"}}},
		// counter-cases: a call to protest, and another particle
		{"de rief an, um zu protestieren", "de", "Präsidentin Lena Dal rief am Abend an, um zu protestieren.", nil},
		{"de rief die Bürger an", "de", "Präsidentin Lena Dal rief die Bürger an, die gewählt hatten.", nil},
		{"de rief zu Protesten auf", "de", "Präsidentin Lena Dal rief zu Protesten auf.", nil},
	})
}
