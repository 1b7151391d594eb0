package article

import "testing"

// TestFgr16NameMarkedAnswer: a paragraph that opens with the name of a
// person named in full before and a colon is their answer (nameMarkedAnswer,
// fgr16_namemark.go). Texts written for the test.
func TestFgr16NameMarkedAnswer(t *testing.T) {
	runLangCases(t, []langCase{
		{"de surname marks", "de", "Ivo Kask (CDU), Mitglied der Parlamentariergruppe, über Glückwünsche.\n\nHerr Kask, haben Sie gratuliert?\n\nKask: Ja, gleich am Samstagabend. Das ist ein gutes Ergebnis für Europa.",
			[]langRemark{{Direct, "Ivo Kask", "Ja, gleich am Samstagabend."}, {Direct, "Ivo Kask", "Das ist ein gutes Ergebnis für Europa."}}},
		{"fr full name marks", "fr", "Ivo Kask, député de Velor, répond à nos questions.\n\nEt maintenant ?\n\nIvo Kask : Oui, dès dimanche soir.",
			[]langRemark{{Direct, "Ivo Kask", "Oui, dès dimanche soir."}}},
		// counter-cases: a word before a colon that names nobody known;
		// a surname of no one named in full
		{"de heading word", "de", "Ivo Kask (CDU) über Glückwünsche.\n\nFazit: Das ist ein gutes Ergebnis für Europa.", nil},
		{"de unknown surname", "de", "Ein Gespräch über Glückwünsche.\n\nKask: Das ist ein gutes Ergebnis für Europa.", nil},
	})
}
