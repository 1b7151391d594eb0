package article

import "testing"

// TestExtractLangGermanSecondPlace: in German, an adverb ("auch",
// "dann") may stand between the verb or auxiliary in second place and
// the subject after it, and a country in the genitive between an office
// and a name is no part of the name ("der Präsident Valmoriens Jan
// Olk"). Sentences written for the test.
func TestExtractLangGermanSecondPlace(t *testing.T) {
	runLangCases(t, []langCase{
		{"de gratulierte auch der Präsident", "de", "Am Abend gratulierte auch der Präsident Jan Olk dem Wahlsieger.",
			[]langRemark{{Action, "Jan Olk", "gratulierte auch der Präsident Jan Olk dem Wahlsieger"}}},
		{"de hat auch der Präsident … beglückwünscht", "de", "Am Abend hat auch der Präsident Valmoriens Jan Olk den Wahlsieger beglückwünscht.",
			[]langRemark{{Action, "Jan Olk", "den Wahlsieger beglückwünscht"}}},
		{"de office, country, name", "de", "Der Präsident Tarsiens Eva Lind gratulierte dem Wahlsieger.",
			[]langRemark{{Action, "Eva Lind", "gratulierte dem Wahlsieger"}}},
		// counter-cases: a lone name after "auch" may be the object; a
		// given name ending in s stays in the name
		{"de auch and a lone name", "de", "Am Abend gratulierte auch Olk dem Wahlsieger.", nil},
		{"de given name in s", "de", "Präsident Hans Peter Olk gratulierte dem Wahlsieger.",
			[]langRemark{{Action, "Hans Peter Olk", "gratulierte dem Wahlsieger"}}},
	})
}
