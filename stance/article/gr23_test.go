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

// TestGr23SourceAside: a source aside between a sentence's only person
// and what they did ("X, как сообщила его пресс-служба, позвонил …") is
// skipped by the fallback (gr23_sourceaside.go). Sentences written for
// the test.
func TestGr23SourceAside(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"ru как сообщила пресс-служба, позвонил", "ru", "Президент Ростании Игорь Волин, как сообщила его пресс-служба, позвонил коллеге и пригласил её посетить столицу.",
			[]langRemark{{Reported, "Игорь Волин", "позвонил коллеге и пригласил её посетить столицу"}}},
		{"ru как заявили в офисе, встретился", "ru", "Премьер Ростании Игорь Волин, как заявили в его офисе, встретился с коллегой и обсудил с ней визит.",
			[]langRemark{{Reported, "Игорь Волин", "встретился с коллегой и обсудил с ней визит"}}},
		{"ru как сообщили в ведомстве, провёл переговоры", "ru", "Президент Ростании Игорь Волин, как сообщили в его ведомстве, провёл переговоры с коллегой и пригласил её в столицу.",
			[]langRemark{{Reported, "Игорь Волин", "провёл переговоры с коллегой и пригласил её в столицу"}}},
		// counter-case: an aside with no verb of saying is kept
		{"ru как и ожидалось, позвонил", "ru", "Президент Ростании Игорь Волин, как и ожидалось, позвонил коллеге и пригласил её посетить столицу.",
			[]langRemark{{Reported, "Игорь Волин", "как и ожидалось, позвонил коллеге и пригласил её посетить столицу"}}},
	})
}

// TestGr23RecountAfterRefusal: a refusal to concede and a conjoined
// demand for a recount of the same subject are one act, which rule 13
// reads as withholding (gr23_recount.go). Sentences written for the test.
func TestGr23RecountAfterRefusal(t *testing.T) {
	gr22RunAll(t, []langCase{
		{"de weigerte sich …, und verlangte eine Neuauszählung", "de", "Der Oppositionsführer Karl Mena weigerte sich, die Niederlage einzugestehen, und verlangte eine Neuauszählung.",
			[]langRemark{{Action, "Karl Mena", "weigerte sich, die Niederlage einzugestehen, und verlangte eine Neuauszählung"}}},
		{"de weigerte sich …, und forderte eine Nachzählung", "de", "Der Kandidat Karl Mena weigerte sich, seine Niederlage anzuerkennen, und forderte eine Nachzählung der Stimmen.",
			[]langRemark{{Action, "Karl Mena", "weigerte sich, seine Niederlage anzuerkennen, und forderte eine Nachzählung der Stimmen"}}},
		{"de weigerte sich am Montag …, und verlangte eine Nachzählung", "de", "Der Kandidat Karl Mena weigerte sich am Montag, das Ergebnis anzuerkennen, und verlangte eine Nachzählung in drei Bezirken.",
			[]langRemark{{Action, "Karl Mena", "weigerte sich am Montag, das Ergebnis anzuerkennen, und verlangte eine Nachzählung in drei Bezirken"}}},
		// counter-case: a second act asking for no recount stays apart
		{"de weigerte sich …, und verlangte eine Entschuldigung", "de", "Der Kandidat Karl Mena weigerte sich, die Niederlage einzugestehen, und verlangte eine Entschuldigung.",
			[]langRemark{{Action, "Karl Mena", "weigerte sich, die Niederlage einzugestehen"}, {Action, "Karl Mena", "verlangte eine Entschuldigung"}}},
	})
}
