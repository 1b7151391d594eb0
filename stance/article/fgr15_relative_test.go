package article

import "testing"

// TestExtractLangGermanRelativeAct: a German subject relative clause with
// its verb last, ending the sentence or after "selbst", and speaking of
// something before the verb. Sentences written for the test.
func TestExtractLangGermanRelativeAct(t *testing.T) {
	runLangCases(t, []langCase{
		{"de selbst, der … von … spricht.", "de", "Den Ton setzt Präsident Ivo Kask selbst, der inzwischen von organisierten Manipulationen an den Urnen spricht.",
			[]langRemark{{Action, "Ivo Kask", "inzwischen von organisierten Manipulationen an den Urnen spricht"}}},
		{"de der … gratulierte.", "de", "Den Ton setzt Präsident Ivo Kask, der dem Sieger inzwischen gratulierte.",
			[]langRemark{{Action, "Ivo Kask", "dem Sieger inzwischen gratulierte"}}},
		{"de der … spricht, mid-sentence", "de", "Präsident Ivo Kask, der von organisierten Manipulationen spricht, reiste ab.",
			[]langRemark{{Action, "Ivo Kask", "von organisierten Manipulationen spricht"}}},
		// counter-cases: a topic after a definite article; "von" after the verb
		{"de von den Ergebnissen", "de", "Präsident Ivo Kask, der von den Ergebnissen spricht, reiste ab.", nil},
		{"de relative without von", "de", "Präsident Ivo Kask, der morgen in Velor spricht, reiste ab.", nil},
	})
}
