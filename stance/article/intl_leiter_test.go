package article

import "testing"

// TestExtractLangGermanLeiterOffice: a German office ending in "-leiter"
// or "-leiterin" ("Bundeswahlleiterin", "Abteilungsleiter") is an office,
// so a later office of another head ("der Grünen-Kanzlerkandidat") does
// not refer back to its holder. Sentences written for the test.
func TestExtractLangGermanLeiterOffice(t *testing.T) {
	runLangCases(t, []langCase{
		{"de another office after a -leiterin", "de", "Landeswahlleiterin Lena Dal sagte am Montag, die Auszählung sei abgeschlossen. Auch der Grünen-Spitzenkandidat räumte die Niederlage ein.",
			[]langRemark{{Reported, "Lena Dal", "die Auszählung sei abgeschlossen"}, {Action, "Grünen-Spitzenkandidat", "räumte die Niederlage ein"}}},
		// counter-case: the same office refers back to its holder
		{"de the same office refers back", "de", "Landeswahlleiterin Lena Dal sagte am Montag, die Auszählung sei abgeschlossen. „Es gab keine Pannen“, sagte die Landeswahlleiterin.",
			[]langRemark{{Reported, "Lena Dal", "die Auszählung sei abgeschlossen"}, {Direct, "Lena Dal", "Es gab keine Pannen"}}},
	})
}
