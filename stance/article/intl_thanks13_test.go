package article

import "testing"

// TestExtractLangThanks: thanking for the messages, the congratulations
// or the confidence received is an act; thanking for anything else is
// none. Sentences written for the test.
func TestExtractLangThanks(t *testing.T) {
	runLangCases(t, []langCase{
		{"es agradeció los mensajes", "es", "Ana Velor, por su parte, agradeció los mensajes recibidos.",
			[]langRemark{{Action, "Ana Velor", "agradeció los mensajes recibidos"}}},
		{"pt agradeceu a «confiança»", "pt", "Ana Velor agradeceu a «confiança renovada» dos eleitores.",
			[]langRemark{{Action, "Ana Velor", "agradeceu a «confiança renovada» dos eleitores"}}},
		// counter-case: thanks for help are no act on the result
		{"es agradeció la ayuda", "es", "La comerciante Rosa Díaz agradeció la ayuda de los vecinos.", nil},
	})
}
