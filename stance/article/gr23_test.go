package article

import "testing"

// TestGr23Subordinate: a German clause of time, condition or concession
// after a person's main clause ("X hat recht, wenn er sagt, …") reads
// its pronoun subject as the opener (gr23_subordinate.go). Sentences
// written for the test.
func TestGr23Subordinate(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de hat recht, wenn er sagt", "de", "Der Abgeordnete Karl Mena hat recht, wenn er sagt, man müsse mit dem neuen Präsidenten reden.",
			[]langRemark{{Reported, "Karl Mena", "man müsse mit dem neuen Präsidenten reden"}}},
		{"de lag richtig, als sie erklärte", "de", "Die Ministerin Petra Lenz lag richtig, als sie erklärte, die Wahl sei fair verlaufen.",
			[]langRemark{{Reported, "Petra Lenz", "die Wahl sei fair verlaufen"}}},
		{"de irrt, wenn sie behauptet „…“", "de", "Die Abgeordnete Petra Lenz irrt, wenn sie behauptet, das Ergebnis sei „gefälscht“.",
			[]langRemark{{Reported, "Petra Lenz", "das Ergebnis sei „gefälscht“"}}},
		{"de blieb ruhig, nachdem er sagte", "de", "Oppositionsführer Karl Mena blieb ruhig, nachdem er sagte, er akzeptiere das Ergebnis.",
			[]langRemark{{Reported, "Karl Mena", "er akzeptiere das Ergebnis"}}},
		// counter-case: "als" is "as" before an office, which is no subject
		{"de Als erster Regierungschef gratulierte", "de", "Als erster Regierungschef eines EU-Landes gratulierte der Premier Karl Mena.",
			[]langRemark{{Action, "Karl Mena", "gratulierte der Premier Karl Mena"}}},
	})
}
