package article

import "testing"

// TestExtractLangVerbFirst: a stance verb that opens a sentence is no
// part of the name after it; the act goes to the person of the sentence
// before (a dropped subject) or the subject after the object. Sentences
// written for the test (review probes).
func TestExtractLangVerbFirst(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt dropped subject", "pt", "O presidente de Velor, Tomas Berg, falou à imprensa. Felicitou Ivo Kask pela vitória.",
			[]langRemark{{Action, "Tomas Berg", "Felicitou Ivo Kask pela vitória"}}},
		{"pt subject after the object", "pt", "Felicitou Ivo Kask o presidente de Velor, Tomas Berg.",
			[]langRemark{{Action, "Tomas Berg", "Felicitou Ivo Kask o presidente de Velor, Tomas Berg"}}},
		// counter-case: a speaker who opens the sentence is still one
		{"pt name opens", "pt", "Tomas Berg felicitou Ivo Kask pela vitória.",
			[]langRemark{{Action, "Tomas Berg", "felicitou Ivo Kask pela vitória"}}},
	})
}
