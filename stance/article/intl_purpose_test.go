package article

import "testing"

// TestExtractLangCallToRecognise: a call made to recognise the result or
// congratulate (a sending verb and a purpose clause with a recognition)
// is an act; a call made for something else is not. Sentences written
// for the test.
func TestExtractLangCallToRecognise(t *testing.T) {
	runLangCases(t, []langCase{
		{"es la telefoneó para reconocer", "es", "Según la ganadora, también el candidato Luis Parra la telefoneó para reconocer su triunfo.",
			[]langRemark{{Action, "Luis Parra", "la telefoneó para reconocer su triunfo"}}},
		{"fr a appelé pour reconnaître", "fr", "Le candidat Paul Kodjo a appelé le vainqueur pour reconnaître sa défaite.",
			[]langRemark{{Action, "Paul Kodjo", "a appelé le vainqueur pour reconnaître sa défaite"}}},
		{"ru позвонил, чтобы признать", "ru", "Кандидат Игорь Волин позвонил победителю, чтобы признать поражение.",
			[]langRemark{{Action, "Игорь Волин", "позвонил победителю, чтобы признать поражение"}}},
		// counter-case: a call for another purpose
		{"es la telefoneó para pedirle", "es", "El candidato Luis Parra la telefoneó para pedirle que revise las actas.", nil},
	})
}
