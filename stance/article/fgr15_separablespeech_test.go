package article

import "testing"

// TestExtractLangSeparableSpeech: a German separable verb of saying with
// its object before the particle and the comma, and the participles of
// such verbs. Sentences written for the test.
func TestExtractLangSeparableSpeech(t *testing.T) {
	runLangCases(t, []langCase{
		{"de warf vor", "de", "Ivo Kask warf den Behörden vor, die Wahl gezielt manipuliert zu haben.",
			[]langRemark{{Reported, "Ivo Kask", "die Wahl gezielt manipuliert zu haben"}}},
		{"de räumte ein", "de", "Die Abgeordnete Lena Dal räumte gegenüber Journalisten ein, dass Kask vorn liege.",
			[]langRemark{{Reported, "Lena Dal", "Kask vorn liege"}}},
		{"de participle after an object", "de", "Schon am Montag hatte der Parteichef Ivo Kask bereits Wahlhelfern vorgeworfen, Stimmen falsch gezählt zu haben.",
			[]langRemark{{Reported, "Ivo Kask", "Stimmen falsch gezählt zu haben"}}},
		// counter-cases: another particle; a verb between stem and particle
		// leaves the act read as before
		{"de warf um", "de", "Ivo Kask warf den Plan um, die Partei folgte ihm.", nil},
		{"de stem with a verb before the particle", "de", "Ivo Kask warf den Behörden Fehler vor und verlangte, die Wahl zu wiederholen.",
			[]langRemark{{Action, "Ivo Kask", "warf den Behörden Fehler vor und verlangte, die Wahl zu wiederholen"}}},
	})
}
