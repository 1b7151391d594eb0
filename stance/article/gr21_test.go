package article

import "testing"

// TestGr21GermanBodyGenitive: a German delegation noun before a genitive
// is an office, so "Die Mission der X erklärte, …" keeps its subject
// (lexicon_gr21.go). Sentences written for the test.
func TestGr21GermanBodyGenitive(t *testing.T) {
	runLangCases(t, []langCase{
		{"de Die Mission der X erklärte,", "de", "Die Mission der Union erklärte am Abend, man warte den Schlussbericht ab.",
			[]langRemark{{Reported, "Mission der Union", "man warte den Schlussbericht ab"}}},
		{"de Die Beobachtermission der X teilte mit,", "de", "Die Beobachtermission der Liga sagte, die Abstimmung sei geordnet verlaufen.",
			[]langRemark{{Reported, "Beobachtermission der Liga", "die Abstimmung sei geordnet verlaufen"}}},
		{"de Die Wahlbeobachter der X erklärten,", "de", "Die Wahlbeobachter der Union erklärten, sie wollten das Endergebnis abwarten.",
			[]langRemark{{Reported, "Wahlbeobachter der Union", "sie wollten das Endergebnis abwarten"}}},
		{"de Die Delegation des X sagte,", "de", "Die Delegation des Europarats sagte, die Auszählung sei korrekt gewesen.",
			[]langRemark{{Reported, "Delegation des Europarats", "die Auszählung sei korrekt gewesen"}}},
		// counter-case: a noun that is no body, with no speech verb
		{"de Die Zahl der Beobachter stieg", "de", "Die Zahl der Beobachter stieg am Sonntag deutlich.", nil},
	})
	for w, want := range map[string]bool{"mission": true, "wahlbeobachter": true, "osze-beobachterin": true, "beobachtermission": true,
		"kommission": false, "wahlkommission": false, "zahl": false, "missionen": false} {
		if got := german.isRole(w); got != want {
			t.Errorf("isRole(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestGr21ReceivedCongratulations: a winner receives congratulations
// from someone, who is the one who congratulates (lexicon_gr21.go).
// Sentences written for the test.
func TestGr21ReceivedCongratulations(t *testing.T) {
	runLangCases(t, []langCase{
		{"de erhielt Glückwünsche von", "de", "Der Wahlsieger erhielt Glückwünsche von Präsidentin Lena Dal.",
			[]langRemark{{Action, "Lena Dal", "erhielt Glückwünsche von Präsidentin Lena Dal"}}},
		{"de bekam Glückwünsche von", "de", "Die neue Präsidentin bekam Glückwünsche von Kanzler Ivo Kask.",
			[]langRemark{{Action, "Ivo Kask", "bekam Glückwünsche von Kanzler Ivo Kask"}}},
		{"de Glückwünsche kamen von X und Y", "de", "Glückwünsche kamen von Präsidentin Lena Dal und Außenminister Ivo Kask.",
			[]langRemark{{Action, "Lena Dal", "Glückwünsche kamen von Präsidentin Lena Dal und Außenminister Ivo Kask"},
				{Action, "Ivo Kask", "Glückwünsche kamen von Präsidentin Lena Dal und Außenminister Ivo Kask"}}},
		{"ru получил поздравления от", "ru", "Победитель получил поздравления от президента Ростании Игоря Волина.",
			[]langRemark{{Action, "Игорь Волин", "получил поздравления от президента Ростании Игоря Волина"}}},
		// counter-cases: no congratulations received; something else received
		{"de erhielt keine Glückwünsche", "de", "Der Wahlsieger erhielt keine Glückwünsche von Präsidentin Lena Dal.", nil},
		{"de erhielt einen Brief von", "de", "Der Wahlsieger erhielt einen Brief von Präsidentin Lena Dal.", nil},
		{"ru не получил поздравлений", "ru", "Победитель не получил поздравлений от президента Ростании Игоря Волина.", nil},
	})
}

// TestGr21Zufolge: a person or an office before "zufolge" opening the
// sentence is the source of the clause after it (gr21_zufolge.go).
// Sentences written for the test.
func TestGr21Zufolge(t *testing.T) {
	runLangCases(t, []langCase{
		{"de Dem Minister X zufolge", "de", "Dem Außenminister Ivo Kask zufolge hat die Opposition die Wahl klar gewonnen.",
			[]langRemark{{Reported, "Ivo Kask", "hat die Opposition die Wahl klar gewonnen"}}},
		{"de X Y zufolge", "de", "Lena Dal zufolge war die Auszählung korrekt.",
			[]langRemark{{Reported, "Lena Dal", "war die Auszählung korrekt"}}},
		{"de Der Präsidentin X zufolge", "de", "Der Präsidentin Lena Dal zufolge sei das Ergebnis noch offen.",
			[]langRemark{{Reported, "Lena Dal", "sei das Ergebnis noch offen"}}},
		// counter-cases: a document, figures or an ordinal with a plural noun name no speaker
		{"de Dem Bericht zufolge", "de", "Dem Bericht zufolge hat die Opposition die Wahl klar gewonnen.", nil},
		{"de Ersten Hochrechnungen zufolge", "de", "Ersten Hochrechnungen zufolge hat die Opposition die Wahl klar gewonnen.", nil},
		{"de Jüngsten Umfragen zufolge", "de", "Jüngsten Umfragen zufolge liegt die Opposition vorn.", nil},
	})
}
