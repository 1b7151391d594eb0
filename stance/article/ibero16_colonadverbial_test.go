package article

import "testing"

// TestColonAdverbial: an adverbial without a comma between a colon and a
// verb with no subject: the person named before the colon spoke or acted;
// a clause after the colon with a subject of its own, or a verb after a
// conjunction, is left alone. Sentences written for the test.
func TestColonAdverbial(t *testing.T) {
	runLangCases(t, []langCase{
		{"es speech after a time adverbial", "es", "Ivo Kask no esperó al final del recuento: antes de la medianoche del domingo ya contó en su cuenta que había llamado al ganador.",
			[]langRemark{{Reported, "Ivo Kask", "había llamado al ganador"}}},
		{"pt act after a time adverbial", "pt", "Lena Dal foi mais longe: durante a noite eleitoral acusou o Governo de fraude.",
			[]langRemark{{Action, "Lena Dal", "durante a noite eleitoral acusou o Governo de fraude"}}},
		// counter-case: the clause after the colon has a subject of its own
		{"es a subject after the colon", "es", "Ivo Kask no esperó al final del recuento: antes de la medianoche el tribunal anunció que había un ganador.",
			nil},
	})
}
