package article

import "testing"

// TestExtractLangSoPossessive: German "so" with a possessive and a noun of
// saying attributes the clause to the person just named. Sentences
// written for the test.
func TestExtractLangSoPossessive(t *testing.T) {
	runLangCases(t, []langCase{
		{"de so seine Warnung after a semicolon", "de", "Der Vizevorsitzende Ivo Kask begründete das mit Unregelmäßigkeiten; ohne Neuwahl, so seine Warnung, werde der Sieg mit einem Makel behaftet bleiben.",
			[]langRemark{{Reported, "Ivo Kask", "ohne Neuwahl, so seine Warnung, werde der Sieg mit einem Makel behaftet bleiben"}}},
		{"de so ihre Einschätzung, next sentence", "de", "Die Abgeordnete Lena Dal sprach lange. Die Wahl, so ihre Einschätzung, sei nicht frei gewesen.",
			[]langRemark{{Reported, "Lena Dal", "Die Wahl, so ihre Einschätzung, sei nicht frei gewesen"}}},
		// counter-cases: "so" with no noun of saying, and no one named before
		{"de so sein Plan", "de", "Die Abgeordnete Lena Dal sprach lange. Die Wahl, so sein Plan, werde verschoben.", nil},
		{"de nobody named", "de", "Die Wahl, so seine Warnung, sei nicht frei gewesen.", nil},
	})
}
