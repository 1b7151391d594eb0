package article

import "testing"

// TestExtractLangAllyCoordinator: an ally and a (Russian) coordinator
// are offices, with the name in apposition or after them (the
// lexicons' roles). Sentences written for the test.
func TestExtractLangAllyCoordinator(t *testing.T) {
	runLangCases(t, []langCase{
		{"es el aliado de X, Y, dijo", "es", "El aliado de Velor, Ivo Kask, dijo que no reconocerá el resultado.",
			[]langRemark{{Reported, "Ivo Kask", "no reconocerá el resultado"}}},
		{"ru — заявил координатор … X", "ru", "«Говорить о честности этого голосования не приходится», — заявил координатор Совета безопасности Норландии Иво Каск.",
			[]langRemark{{Direct, "Иво Каск", "Говорить о честности этого голосования не приходится"}}},
		// counter-case: an ally as an object says nothing
		{"es perdió a su aliado, X,", "es", "Velor perdió en marzo a su aliado, Ivo Kask, tras la ruptura del frente.", nil},
	})
}
