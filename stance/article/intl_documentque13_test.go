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
		// counter-cases (review probes): a document received, not issued
		{"pt recebeu uma nota que", "pt", "O jornalista Rui Mota recebeu uma nota que pede a divulgação das atas.", nil},
		{"es recibió un comunicado que", "es", "El periodista Pablo Ruiz recibió un comunicado que exige el recuento de votos.", nil},
		// counter-case: "que" after a speech verb and a document
		{"es afirmó en un comunicado que", "es", "El canciller Ivo Kask afirmó en un comunicado que la elección fue limpia.",
			[]langRemark{{Reported, "Ivo Kask", "la elección fue limpia"}}},
	})
}
