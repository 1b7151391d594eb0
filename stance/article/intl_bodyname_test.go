package article

import "testing"

// TestExtractLangOfficeComplements: an office whose complement goes on
// with a second one ("jefe de Estado de Norlandia") is one office, and an
// office is not referred back to a body just named ("El Consejo
// Electoral proclamó …"; intl_complementof.go, intl_bodyname.go).
// Sentences written for the test.
func TestExtractLangOfficeComplements(t *testing.T) {
	runLangCases(t, []langCase{
		{"es jefe de Estado de X", "es", "El jefe de Estado de Norlandia dijo que la votación fue limpia y ordenada.",
			[]langRemark{{Reported, "jefe de Estado de Norlandia", "la votación fue limpia y ordenada"}}},
		{"es with a name in apposition", "es", "La ministra de Justicia de Velor, Lena Dal, dijo que la votación fue limpia y ordenada.",
			[]langRemark{{Reported, "Lena Dal", "la votación fue limpia y ordenada"}}},
		{"pt chefe de Governo de X", "pt", "O chefe de Governo de Norlândia disse que a votação foi limpa e ordeira.",
			[]langRemark{{Reported, "chefe de Governo de Norlândia", "a votação foi limpa e ordeira"}}},
		{"es an office after a body", "es", "El Consejo Electoral proclamó a Ivo Kask ganador. El jefe de Estado argentino dijo que la votación fue limpia y ordenada.",
			[]langRemark{{Reported, "jefe de Estado argentino", "la votación fue limpia y ordenada"}}},
		{"pt an office after a body", "pt", "O Tribunal Eleitoral proclamou Ivo Kask vencedor. O presidente disse que a votação foi limpa e ordeira.",
			[]langRemark{{Reported, "presidente", "a votação foi limpa e ordeira"}}},
		// counter-cases: a person's name with its particle, and an office
		// after a person named without one, which refers back to them
		{"es a name with de", "es", "El senador José de Velor dijo que la votación fue limpia y ordenada.",
			[]langRemark{{Reported, "José de Velor", "la votación fue limpia y ordenada"}}},
		{"es an office after a person", "es", "Ivo Kask, que no esperó al recuento, habló el lunes. El presidente dijo que la votación fue limpia y ordenada.",
			[]langRemark{{Reported, "Ivo Kask", "la votación fue limpia y ordenada"}}},
	})
}

// TestExtractLangSayingAfterAct: a verb of saying after an act of the
// same subject starts its own remark, and the act keeps its text
// (intl_secondsaying.go); a verb of saying new to the lists attributes a
// quotation (lexicon_es.go, lexicon_pt.go). Sentences written for the
// test.
func TestExtractLangSayingAfterAct(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt felicitou … e confirmou que", "pt", "O Presidente Ivo Kask felicitou o chefe de Estado eleito e confirmou que estará na tomada de posse.",
			[]langRemark{{Action, "Ivo Kask", "felicitou o chefe de Estado eleito"}, {Reported, "Ivo Kask", "estará na tomada de posse"}}},
		{"es sentenció", "es", "«No se puede reconocer un triunfo así», sentenció el presidente Tomás Brun.",
			[]langRemark{{Direct, "Tomás Brun", "No se puede reconocer un triunfo así"}}},
		{"pt lembrou que", "pt", "A ministra Lena Dal lembrou que a votação decorreu sem incidentes.",
			[]langRemark{{Reported, "Lena Dal", "a votação decorreu sem incidentes"}}},
	})
}
