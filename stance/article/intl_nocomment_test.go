package article

import "testing"

// TestExtractLangNoComment: a ministry speaks as an office does, and a
// comment not made is a withholding act (intl_nocomment.go). Sentences
// written for the test.
func TestExtractLangNoComment(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr ministère …, interrogé …, n'a fait aucun commentaire", "fr", "Le ministère norlandais des Affaires étrangères, interrogé par la presse, n'a fait aucun commentaire sur l'issue du vote.",
			[]langRemark{{Action, "ministère norlandais des Affaires étrangères", "n'a fait aucun commentaire sur l'issue du vote"}}},
		{"es ministerio no hizo comentarios", "es", "El ministerio de Exteriores no hizo comentarios sobre el resultado.",
			[]langRemark{{Action, "ministerio de Exteriores", "no hizo comentarios sobre el resultado"}}},
		{"de gab keinen Kommentar ab", "de", "Das Außenministerium gab keinen Kommentar zum Wahlergebnis ab.",
			[]langRemark{{Action, "Außenministerium", "gab keinen Kommentar zum Wahlergebnis ab"}}},
		{"fr ministère a salué", "fr", "Le ministère norlandais des Affaires étrangères a salué la victoire de Pablo Norland.",
			[]langRemark{{Action, "ministère norlandais des Affaires étrangères", "a salué la victoire de Pablo Norland"}}},
		// counter-case: a comment made is no silence
		{"es hizo un comentario", "es", "El ministerio de Exteriores hizo un comentario sobre el clima.", nil},
	})
}

// TestMadeNoCommentVerdict: the verb rule reads a comment not made as
// withholding, and a comment made as nothing of its own.
func TestMadeNoCommentVerdict(t *testing.T) {
	for _, c := range []struct {
		code, text string
		want       bool
	}{
		{"fr", "n'a fait aucun commentaire sur l'issue du vote", true},
		{"pt", "não fez nenhum comentário sobre a eleição", true},
		{"ru", "не дал комментариев по итогам выборов", true},
		{"es", "hizo un comentario sobre el clima", false},
		{"de", "gab eine Stellungnahme ab", false},
	} {
		if got := lexicons[c.code].madeNoComment(actionWords(c.text)); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.text, got, c.want)
		}
	}
}
