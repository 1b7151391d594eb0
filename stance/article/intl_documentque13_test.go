package article

import "testing"

// TestExtractLangDocumentQue: a document's relative clause opened by a
// bare "que" is its issuer's act; "que" after a speech verb still opens
// the reported clause. Sentences written for the test.
func TestExtractLangDocumentQue(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt nota que pede", "pt", "O presidente Ivo Kask divulgou uma nota que pede a divulgação das atas por mesa.",
			[]langRemark{{Action, "Ivo Kask", "divulgou uma nota que pede a divulgação das atas por mesa"}}},
		{"es comunicado que exige", "es", "El canciller Ivo Kask emitió un comunicado que exige la publicación de las actas.",
			[]langRemark{{Action, "Ivo Kask", "emitió un comunicado que exige la publicación de las actas"}}},
		// counter-case: "que" after a speech verb and a document
		{"es afirmó en un comunicado que", "es", "El canciller Ivo Kask afirmó en un comunicado que la elección fue limpia.",
			[]langRemark{{Reported, "Ivo Kask", "la elección fue limpia"}}},
	})
}
