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
		// counter-cases: support or confidence given by others than the
		// voters (review probes), and the voters' and a people's, which stand
		{"es apoyo de los donantes", "es", "El presidente de Velor, Tomas Berg, agradeció el apoyo de los donantes al plan de vacunación.", nil},
		{"pt confiança dos investidores", "pt", "O presidente de Velor, Tomas Berg, agradeceu a confiança dos investidores.", nil},
		{"pt apoio dos adeptos", "pt", "O treinador Rui Mota agradeceu o apoio dos adeptos após a vitória do clube.", nil},
		{"pt confiança dos norlandeses", "pt", "Ivo Kask agradeceu a confiança dos norlandeses.",
			[]langRemark{{Action, "Ivo Kask", "agradeceu a confiança dos norlandeses"}}},
		{"es mensajes de cariño", "es", "El futbolista Pablo Ruiz agradeció los mensajes de cariño tras su lesión.", nil},
		{"pt mensagens dos fãs", "pt", "A cantora Rita Sousa agradeceu as mensagens dos fãs após o concerto.", nil},
		{"es mensajes de los líderes", "es", "Ivo Kask agradeció los mensajes de los líderes extranjeros.",
			[]langRemark{{Action, "Ivo Kask", "agradeció los mensajes de los líderes extranjeros"}}},
		{"pt mensagens de felicitações", "pt", "Ivo Kask agradeceu as mensagens de felicitações.",
			[]langRemark{{Action, "Ivo Kask", "agradeceu as mensagens de felicitações"}}},
		{"es apoyo de los electores", "es", "Ivo Kask agradeció el apoyo de los electores.",
			[]langRemark{{Action, "Ivo Kask", "agradeció el apoyo de los electores"}}},
	})
}
