package article

import "testing"

// TestExtractLangSubjunctive: a German sentence that opens with "er" or
// "sie" and a subjunctive is reported speech of the person just named
// (subjunctiveSpeech). Sentences written for the test.
func TestExtractLangSubjunctive(t *testing.T) {
	runLangCases(t, []langCase{
		{"de Er freue sich", "de", "Premierminister Ivo Kask hat Norland am Morgen angerufen. Er freue sich darauf, mit der neuen Regierung eng zusammenzuarbeiten.",
			[]langRemark{{Reported, "Ivo Kask", "Er freue sich darauf, mit der neuen Regierung eng zusammenzuarbeiten"}}},
		{"de Sie sei", "de", "Ministerin Lena Dal traf am Abend in Velor ein. Sie sei zuversichtlich, dass das Ergebnis Bestand habe.",
			[]langRemark{{Reported, "Lena Dal", "Sie sei zuversichtlich, dass das Ergebnis Bestand habe"}}},
		// counter-cases: an indicative, and no one named before
		{"de Er fährt", "de", "Premierminister Ivo Kask hat Norland am Morgen angerufen. Er fährt morgen nach Velor.", nil},
		{"de no one named", "de", "Der Tag begann ruhig. Er freue sich darauf, mit der neuen Regierung eng zusammenzuarbeiten.", nil},
	})
}
