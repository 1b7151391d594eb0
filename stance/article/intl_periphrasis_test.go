package article

import "testing"

// TestExtractLangPeriphrasis: an auxiliary with an infinitive of saying or
// acting, and a verb of making clear or known before "que", attribute the
// remark to their subject (intl_periphrasis.go). Sentences written for
// the test.
func TestExtractLangPeriphrasis(t *testing.T) {
	runLangCases(t, []langCase{
		{"es volvió a pedir", "es", "Pablo Norland, que quedó tercero en la primera vuelta, volvió a pedir a sus seguidores que no reconozcan al ganador.",
			[]langRemark{{Action, "Pablo Norland", "volvió a pedir a sus seguidores que no reconozcan al ganador"}}},
		{"es dejó claro que", "es", "La diputada Lena Dal dejó claro que no trataría al ganador como presidente legítimo.",
			[]langRemark{{Reported, "Lena Dal", "no trataría al ganador como presidente legítimo"}}},
		{"es llegó a decir que", "es", "El senador Ivo Kask llegó a decir que el consejo inventó los votos.",
			[]langRemark{{Reported, "Ivo Kask", "el consejo inventó los votos"}}},
		{"pt deixou claro que", "pt", "O governador Ivo Kask deixou claro que não vai reconhecer o resultado.",
			[]langRemark{{Reported, "Ivo Kask", "não vai reconhecer o resultado"}}},
		{"pt voltou a exigir", "pt", "A deputada Lena Dal voltou a exigir a recontagem dos votos.",
			[]langRemark{{Action, "Lena Dal", "voltou a exigir a recontagem dos votos"}}},
		{"es se apresuró a felicitar", "es", "El presidente Ivo Kask se apresuró a felicitar al ganador por teléfono.",
			[]langRemark{{Action, "Ivo Kask", "se apresuró a felicitar al ganador por teléfono"}}},
		{"pt apressou-se a felicitar", "pt", "A presidente Lena Dal apressou-se a felicitar o vencedor.",
			[]langRemark{{Action, "Lena Dal", "apressou-se a felicitar o vencedor"}}},
		{"fr s'est empressé de féliciter", "fr", "Le président velorien Ivo Kask était à Tarn lundi. Il s'est empressé de féliciter le vainqueur.",
			[]langRemark{{Action, "Ivo Kask", "s'est empressé de féliciter le vainqueur"}}},
		{"ru поспешил поздравить", "ru", "Президент Велории Иван Касков был в Москве. Он поспешил поздравить победителя.",
			[]langRemark{{Action, "Иван Касков", "поспешил поздравить победителя"}}},
		// counter-cases: the auxiliary with another infinitive, and
		// "dejar" with no "que" after its word, are no remarks
		{"es volvió a viajar", "es", "El senador Ivo Kask volvió a viajar a Velor el lunes.", nil},
		{"es dejó claro el camino", "es", "La diputada Lena Dal dejó claro el camino a sus seguidores.", nil},
		{"pt chegou a Velor", "pt", "O governador Ivo Kask chegou a Velor na segunda-feira.", nil},
		{"es se apresuró a salir", "es", "El senador Ivo Kask se apresuró a salir del país el lunes.", nil},
		{"ru поспешил уехать", "ru", "Президент Велории Иван Касков поспешил уехать из столицы.", nil},
		{"fr s'est empressé de partir", "fr", "Le président velorien Ivo Kask s'est empressé de partir pour Tarn.", nil},
	})
}

// TestExtractLangSecondSaying: a second verb of saying of the same
// speaker keeps the first clause as a remark of its own
// (intl_secondsaying.go). Sentences written for the test.
func TestExtractLangSecondSaying(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt insistiu que … e afirmou que", "pt", "O perito Ivo Kask insistiu que as urnas podem ser fraudadas e afirmou que a vitória saiu delas.",
			[]langRemark{{Reported, "Ivo Kask", "as urnas podem ser fraudadas"}, {Reported, "Ivo Kask", "a vitória saiu delas"}}},
		{"es aseguró que … y dijo que", "es", "La candidata Lena Dal aseguró que el conteo fue limpio y dijo que felicitará al ganador.",
			[]langRemark{{Reported, "Lena Dal", "el conteo fue limpio"}, {Reported, "Lena Dal", "felicitará al ganador"}}},
		// counter-case: another speaker's verb starts its own remark
		{"es dijo que … y Ivo Kask afirmó que", "es", "La candidata Lena Dal dijo que el conteo fue limpio, y el senador Ivo Kask afirmó que hubo errores en tres mesas.",
			[]langRemark{{Reported, "Lena Dal", "el conteo fue limpio"}, {Reported, "Ivo Kask", "hubo errores en tres mesas"}}},
	})
}
