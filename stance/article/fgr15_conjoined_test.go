package article

import "testing"

// TestExtractLangConjoinedAct: an act after a conjunction shares the
// subject of its clause when the first verb is one the rules do not know.
// Sentences written for the test.
func TestExtractLangConjoinedAct(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr ; il … et accuse", "fr", "Ivo Kask affirme que ses décomptes le placent devant ; il continue de se présenter comme le président élu et accuse le pouvoir d'avoir confisqué le scrutin.",
			[]langRemark{{Reported, "Ivo Kask", "ses décomptes le placent devant"}, {Action, "Ivo Kask", "accuse le pouvoir d'avoir confisqué le scrutin"}}},
		{"de X blieb … und verlangte", "de", "Die Abgeordnete Lena Dal blieb bei ihrer Darstellung und verlangte eine Neuauszählung.",
			[]langRemark{{Action, "Lena Dal", "blieb bei ihrer Darstellung und verlangte eine Neuauszählung"}}}, // read before too
		// counter-case: no person opens the clause
		{"fr no person", "fr", "Le scrutin continue de diviser et accuse les fractures du pays.", nil},
	})
}
