package article

import "testing"

// TestExtractLangBut: an adversative conjunction joins a second verb to
// the subject that opens the sentence, as "et" does (openingSubject).
// Sentences written for the test.
func TestExtractLangBut(t *testing.T) {
	runLangCases(t, []langCase{
		{"fr …, mais a fait savoir que", "fr", "Le médiateur Ivo Kask, en poste depuis longtemps, a reçu les émissaires des deux camps, mais a fait savoir qu'il ne reconnaissait que le vainqueur proclamé.",
			[]langRemark{{Reported, "Ivo Kask", "qu'il ne reconnaissait que le vainqueur proclamé"}}},
		{"es …, pero dijo que", "es", "El canciller Ivo Kask, muy prudente, recibió a los enviados, pero dijo que no reconocerá el resultado.",
			[]langRemark{{Reported, "Ivo Kask", "no reconocerá el resultado"}}},
		// counter-case: a new subject after "mais" is not the opening one
		{"fr mais la presse a dit", "fr", "Le médiateur Ivo Kask a reçu les émissaires, mais la presse locale a dit que rien n'était réglé.", nil},
	})
}
