package article

import "testing"

// TestExtractLangAccuseWishes: an accusation is an act ("acusó al
// tribunal de …", "acusou", "a accusé"), and French wishes sent are a
// congratulation ("a présenté ses « vœux de réussite » à X"). Sentences
// written for the test.
func TestExtractLangAccuseWishes(t *testing.T) {
	runLangCases(t, []langCase{
		{"es acusó", "es", "El presidente del partido, Juan Sal, acusó al tribunal de haber fabricado la ventaja.",
			[]langRemark{{Action, "Juan Sal", "acusó al tribunal de haber fabricado la ventaja"}}},
		{"pt acusou", "pt", "O líder da oposição, Rui Mota, acusou a comissão de fraude.",
			[]langRemark{{Action, "Rui Mota", "acusou a comissão de fraude"}}},
		{"fr présenté ses vœux", "fr", "Le ministre velorien Paul Berg a présenté ses « vœux de réussite » à Ivo Kask.",
			[]langRemark{{Action, "Paul Berg", "a présenté ses « vœux de réussite » à Ivo Kask"}}},
		// counter-cases: the participle of a passive has no actor here, and
		// a report presented is no wish
		{"es fue acusado", "es", "El presidente del partido, Juan Sal, fue acusado de fraude.", nil},
		{"fr présenté un rapport", "fr", "Le ministre velorien Paul Berg a présenté un rapport à Ivo Kask.", nil},
	})
}

// TestExtractLangLimitAttack: "limitou-se a exigir …" is an act (the
// infinitive is what was done), and so are an attack ("atacou",
// "atacó") and a reaction ("reagiu com dureza e considerou que …"). Sentences written for the test.
func TestExtractLangLimitAttack(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt limitou-se a exigir", "pt", "O cantor Rui Mota limitou-se a exigir a recontagem dos votos.",
			[]langRemark{{Action, "Rui Mota", "limitou-se a exigir a recontagem dos votos"}}},
		{"es atacó", "es", "El diputado Juan Sal atacó al ganador en un mitin.",
			[]langRemark{{Action, "Juan Sal", "atacó al ganador en un mitin"}}},
		{"pt reagiu … e considerou que", "pt", "O ministro Rui Mota reagiu com dureza e considerou que o pedido era abusivo.",
			[]langRemark{{Action, "Rui Mota", "reagiu com dureza"}, {Reported, "Rui Mota", "o pedido era abusivo"}}}, // "considerou que" reports speech since lexicon_ibero15.go, as "consideró que" and "pidió … y dijo que" do
		// counter-case: a passive attack has no actor named before it
		{"pt foi atacado", "pt", "O cantor Rui Mota foi atacado na rua.", nil},
	})
}
