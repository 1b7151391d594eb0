package article

import "testing"

// TestIbero15ShowSelfThrough: a reflexive verb of showing with what the
// subject showed themself to be is their act, and the contracted phrases
// of the person an institution speaks through ("através do seu
// porta-voz, X,") give the speaker. Sentences written for the test, with
// counter-cases.
func TestIbero15ShowSelfThrough(t *testing.T) {
	runLangCases(t, []langCase{
		{"es se mostró “preocupado”", "es", "Luis Peral, por su parte, se mostró “profundamente preocupado” por las denuncias de fraude.",
			[]langRemark{{Action, "Luis Peral", "se mostró “profundamente preocupado” por las denuncias de fraude"}}},
		{"es se mostró satisfecho", "es", "El ministro Luis Peral se mostró satisfecho con la victoria de Velor.",
			[]langRemark{{Action, "Luis Peral", "se mostró satisfecho con la victoria de Velor"}}},
		{"pt através do seu porta-voz, X,", "pt", "O Governo de Norlândia, através do seu porta-voz, Luís Peral, saudou a vitória clara de Ana Velor.",
			[]langRemark{{Action, "Luís Peral", "saudou a vitória clara de Ana Velor"}}},
		{"es a través del portavoz, X,", "es", "El Gobierno de Norlandia, a través del portavoz presidencial, Luis Peral, saludó la victoria de Ana Velor.",
			[]langRemark{{Action, "Luis Peral", "saludó la victoria de Ana Velor"}}},
		// counter-cases: showing a thing; showing oneself somewhere
		{"es mostró las actas", "es", "El ministro Luis Peral mostró las actas a la prensa.", nil},
		{"es se mostró en público", "es", "El ministro Luis Peral se mostró en público con Velor.", nil},
		{"pt mostrou-se disponível … orçamento", "pt", "O ministro Luís Peral mostrou-se disponível para negociar o orçamento.", nil},
		{"es se mostró optimista … economía", "es", "El ministro Luis Peral se mostró optimista sobre la marcha de la economía.", nil},
		{"pt mostrou-se confiante na decisão … eleições", "pt", "O ministro Luís Peral mostrou-se confiante na decisão do tribunal sobre as eleições.",
			[]langRemark{{Action, "Luís Peral", "mostrou-se confiante na decisão do tribunal sobre as eleições"}}},
	})
}
