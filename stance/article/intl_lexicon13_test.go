package article

import "testing"

// TestExtractLangLexicon13: European Portuguese "referiu" and "sustentou"
// report speech as "disse" does (lexicon_pt.go); counter-case: the
// reflexive "referiu-se a" names a topic, not a reported clause. Sentences
// written for the test.
func TestExtractLangLexicon13(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt referiu que", "pt", "O ministro Ivo Kask referiu que o escrutínio foi limpo.",
			[]langRemark{{Reported, "Ivo Kask", "o escrutínio foi limpo"}}},
		{"pt sustentou que", "pt", "A deputada Lena Dal sustentou que a votação foi fraudada.",
			[]langRemark{{Reported, "Lena Dal", "a votação foi fraudada"}}},
		// counter-case
		{"pt referiu-se a", "pt", "O ministro Ivo Kask referiu-se à crise económica do país.", nil},
	})
}
