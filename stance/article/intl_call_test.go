package article

import "testing"

// TestExtractLangCalledWinner: a call by telephone to the winner is an
// act (calledWinner); a call to anyone else is none. Sentences written
// for the test.
func TestExtractLangCalledWinner(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt telefonou ao vencedor", "pt", "O presidente Ivo Kask telefonou ao vencedor ainda durante a apuração.",
			[]langRemark{{Action, "Ivo Kask", "telefonou ao vencedor ainda durante a apuração"}}},
		{"es llamó al ganador", "es", "El presidente Ivo Kask llamó al ganador la misma noche.",
			[]langRemark{{Action, "Ivo Kask", "llamó al ganador la misma noche"}}},
		{"ru позвонил победителю", "ru", "Президент Ростании Иво Каск позвонил победителю в понедельник.",
			[]langRemark{{Action, "Иво Каск", "позвонил победителю в понедельник"}}},
		// counter-cases: a call to someone else, and a call for calm
		{"pt telefonou ao ministro", "pt", "O presidente Ivo Kask telefonou ao ministro ainda durante a apuração.", nil},
		{"es llamó a la calma", "es", "El presidente Ivo Kask llamó a la calma a sus seguidores.", nil},
	})
}
