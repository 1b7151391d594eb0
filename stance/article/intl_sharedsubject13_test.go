package article

import "testing"

// TestExtractLangSharedSubject: a name with an apposition whose
// complement has a conjunction and a common noun ("présidente de l'Union
// pour le changement et le progrès") is still the subject of the verb
// after it (newSubject, personAfter), and two acts coordinated under one
// subject are two acts, the first running to the conjunction; a
// conjunction before an office opens a new subject. Sentences written for
// the test.
func TestExtractLangSharedSubject(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr X, présidente de l'Union pour le changement et le progrès, a parlé … et appelé", "fr", "Lena Dal, présidente de l'Union pour le changement et le progrès, a parlé d'un « président désigné » et appelé à poursuivre les manifestations.",
			[]langRemark{{Action, "Lena Dal", "a parlé d'un « président désigné »"}, {Action, "Lena Dal", "appelé à poursuivre les manifestations"}}},
		// counter-case: "et le ministre …, Y," opens a new subject
		{"fr X, …, et le ministre velorien, Y, a déclaré", "fr", "Lena Dal, présidente de l'Union, et le ministre velorien, Ivo Kask, a déclaré que le scrutin était truqué.",
			[]langRemark{{Reported, "Ivo Kask", "le scrutin était truqué"}}},
	})
}
