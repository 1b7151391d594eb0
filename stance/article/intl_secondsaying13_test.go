package article

import "testing"

// TestExtractLangSecondSayingFrDeRu: an act and a second verb of saying of
// the same subject in French, German and Russian are two remarks, the act
// running to the second verb (secondSaying), instead of the act running
// to the shared subject and being lost; a second verb with a subject of
// its own is that subject's. Sentences written for the test.
func TestExtractLangSecondSayingFrDeRu(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr X a qualifié … de « … » et estimé qu'", "fr", "Le président de l'Union, Ivo Kask, a qualifié le scrutin de « mascarade » et estimé qu'il n'avait servi qu'à installer une dynastie.",
			[]langRemark{{Action, "Ivo Kask", "a qualifié le scrutin de « mascarade »"}, {Reported, "Ivo Kask", "qu'il n'avait servi qu'à installer une dynastie"}}},
		{"ru X назвал … и заявил, что", "ru", "Лидер оппозиции Ивар Каск назвал выборы фарсом и заявил, что не признает нового президента.",
			[]langRemark{{Action, "Ивар Каск", "назвал выборы фарсом"}, {Reported, "Ивар Каск", "не признает нового президента"}}},
		// counter-case: the second verb has a subject of its own
		{"fr X a qualifié … et Y a estimé que", "fr", "Ivo Kask a qualifié le scrutin de « mascarade » et Lena Dal a estimé que le vote était libre.",
			[]langRemark{{Action, "Ivo Kask", "a qualifié le scrutin de « mascarade »"}, {Reported, "Lena Dal", "le vote était libre"}}},
	})
}
