package article

import "testing"

// TestRev31mlCallWait: a call on people to wait before recognising is no
// act; the sentence keeps the reported reading (rev31ml_callwait.go).
// Sentences written for the test.
func TestRev31mlCallWait(t *testing.T) {
	gr22RunAll(t, []langCase{
		// still an act: a call to act with no condition of waiting
		{"es llamó a los votantes a defender", "es", "Título\n\nEl opositor Carlos Ruiz perdió.\n\nPor su parte, Ruiz llamó a los votantes a defender el resultado en la calle.",
			[]langRemark{{Action, "Carlos Ruiz", "llamó a los votantes a defender el resultado en la calle"}}},
		// near-miss: the call asks to wait "antes de" recognising
		{"es llamó a … antes de reconocer", "es", "Título\n\nEl canciller de Norlandia, Pablo Mena, llamó a los observadores a revisar las actas antes de reconocer a Lind.",
			[]langRemark{{Reported, "Pablo Mena", "llamó a los observadores a revisar las actas antes de reconocer a Lind"}}},
	})
}
