package article

import "testing"

// TestRev30mlClauseOwnSubject: a quotation after a relative clause's colon
// is not the antecedent's when the clause names a person of its own or
// opens with its own subject (rev30ml_colonrelative.go); a clause of the
// antecedent's own still gives it the quotation. Sentences written for the
// test.
func TestRev30mlClauseOwnSubject(t *testing.T) {
	runLangCases(t, []langCase{
		{"pt que leu a carta do ministro Y:", "pt", "Mais duro foi o senador Ivo Kask, que leu no plenário a carta do ministro Lena Dal: «Felicito o vencedor pela vitória limpa».",
			[]langRemark{{Direct, "", "Felicito o vencedor pela vitória limpa"}}},
		{"es que la multitud recibió:", "es", "Cerró el acto la alcaldesa Ivo Kask, que la multitud recibió con abucheos: «¡Fraude, fraude!».",
			[]langRemark{{Direct, "", "¡Fraude, fraude!"}}},
		// still the antecedent's: a clause of its own with a preposition first
		{"es que desde el Congreso desafió:", "es", "Más tajante fue la senadora Ivo Kask, que desde el Congreso desafió el conteo: «No reconoceremos estas actas».",
			[]langRemark{{Direct, "Ivo Kask", "No reconoceremos estas actas"}}},
	})
}

// TestRev30mlFormTitled: a surname that is also an occupation's word is no
// title of the speaker (rev30ml_nameword.go); a title before the name, or
// opening it, still is. Name forms written for the test.
func TestRev30mlFormTitled(t *testing.T) {
	for _, c := range []struct {
		code, form string
		want       bool
	}{
		{"fr", "Le syndicaliste Paul Maçon", false},
		{"de", "Die Gewerkschafterin Anna Bergmann", false},
		{"es", "El sindicalista Mario Pescador", false},
		{"fr", "Le maçon Paul Roux", true},
		{"de", "Der Hafenarbeiter Jens Bauer", true},
		{"de", "Bergmann Uwe Kranz", true},
		{"ru", "Шахтёр Виктор Гусев", true},
	} {
		l := lexicons[c.code]
		if got := l.rev30mlFormTitled(c.form, l.occupation); got != c.want {
			t.Errorf("%s %q: got %v, want %v", c.code, c.form, got, c.want)
		}
	}
}
